/**
 * `npm run new` on a throwaway copy of the project: it creates each kind of entry, refuses to
 * overwrite, and what it writes makes `npm run check:content` list the fields still to fill.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from './build-helpers.ts';
import { today } from '../lib/scaffold.ts';

let project = '';
const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [join(project, 'scripts', script), ...args], { cwd: project, encoding: 'utf8' });
  return { status: result.status, out: result.stdout, err: result.stderr };
};

beforeAll(() => {
  project = copyProject();
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('npm run new', () => {
  it('creates a story stub under a slug without tone marks, dated today, and says what to do next', () => {
    const result = run('new.ts', 'bai-viet', 'Thạch Hà nhân rộng nhà lưới');
    expect(result.status, result.err).toBe(0);
    expect(result.out).toContain('Đã tạo bài viết: content/articles/thach-ha-nhan-rong-nha-luoi.mdx (bản nháp, draft: true)');
    expect(result.out).toContain('http://localhost:4321/bai-viet/thach-ha-nhan-rong-nha-luoi/');
    expect(result.out).toContain('npm run check:content');
    const text = readFileSync(join(project, 'content/articles/thach-ha-nhan-rong-nha-luoi.mdx'), 'utf8');
    expect(text).toContain(`published: '${today()}'`);
  });

  it('refuses to overwrite an existing slug, with a clear message and a way out', () => {
    const before = readFileSync(join(project, 'content/articles/thach-ha-nhan-rong-nha-luoi.mdx'), 'utf8');
    const again = run('new.ts', 'bai-viet', 'Thạch Hà: nhân rộng nhà lưới!');
    expect(again.status).toBe(1);
    expect(again.err).toContain('Đã có bài viết mã "thach-ha-nhan-rong-nha-luoi"');
    expect(again.err).toContain('không ghi đè');
    expect(again.err).toContain('--slug thach-ha-nhan-rong-nha-luoi-2');
    expect(readFileSync(join(project, 'content/articles/thach-ha-nhan-rong-nha-luoi.mdx'), 'utf8')).toBe(before);
    const existingPlace = run('new.ts', 'dia-phuong', 'Thạch Lạc');
    expect(existingPlace.status).toBe(1);
    expect(existingPlace.err).toContain('Đã có địa phương mã "thach-lac"');
  });

  it('explains a wrong kind or a missing title', () => {
    const typo = run('new.ts', 'bai-vietx', 'Tiêu đề');
    expect(typo.status).toBe(1);
    expect(typo.err).toContain('Không có loại "bai-vietx"; có phải "bai-viet"?');
    expect(run('new.ts', 'mo-hinh').err).toContain('Thiếu tiêu đề mô hình');
  });

  it('creates a model, a dataset and a place, and the check then lists exactly the blanks to fill', () => {
    expect(run('new.ts', 'mo-hinh', 'Mô hình thử nghiệm').status).toBe(0);
    expect(run('new.ts', 'so-lieu', 'Số liệu thử nghiệm').status).toBe(0);
    const badSlug = run('new.ts', 'dia-phuong', 'Thử Nghiệm', '--slug', 'Thử Nghiệm');
    expect(badSlug.status).toBe(1);
    expect(badSlug.err).toContain('ví dụ "thu-nghiem"');
    expect(run('new.ts', 'dia-phuong', 'Thử Nghiệm', '--slug', 'thu-nghiem-thach-lac').status).toBe(0);
    const places = JSON.parse(readFileSync(join(project, 'content/places.json'), 'utf8')) as { id: string }[];
    expect(places.at(-1)).toEqual({ id: 'thu-nghiem-thach-lac', name: 'Thử Nghiệm', level: '', parent: '' });

    const check = run('check-content.ts');
    expect(check.status).toBe(1);
    const lines = check.err.split('\n').filter((line) => line.startsWith('content/'));
    const fields = lines.map((line) => line.split(':')[0]);
    expect(fields).toEqual([
      'content/articles/thach-ha-nhan-rong-nha-luoi.mdx › summary',
      'content/articles/thach-ha-nhan-rong-nha-luoi.mdx › author',
      'content/articles/thach-ha-nhan-rong-nha-luoi.mdx › source',
      'content/models/mo-hinh-thu-nghiem.mdx › summary',
      'content/models/mo-hinh-thu-nghiem.mdx › kind',
      'content/models/mo-hinh-thu-nghiem.mdx › fields',
      'content/models/mo-hinh-thu-nghiem.mdx › place',
      'content/models/mo-hinh-thu-nghiem.mdx › sources.0.source',
      'content/models/mo-hinh-thu-nghiem.mdx › sources.0.says',
      'content/places.json › thu-nghiem-thach-lac.level',
      'content/places.json › thu-nghiem-thach-lac.parent',
      'content/stats/so-lieu-thu-nghiem.json › summary',
      'content/stats/so-lieu-thu-nghiem.json › place',
      'content/stats/so-lieu-thu-nghiem.json › period.from',
      'content/stats/so-lieu-thu-nghiem.json › asOf',
      'content/stats/so-lieu-thu-nghiem.json › unit',
      'content/stats/so-lieu-thu-nghiem.json › source',
      'content/stats/so-lieu-thu-nghiem.json › observations.0.id',
      'content/stats/so-lieu-thu-nghiem.json › observations.0.label',
      'content/stats/so-lieu-thu-nghiem.json › observations.0.value',
      'content/stats/so-lieu-thu-nghiem.json › observations.0.unit',
    ]);
    expect(lines.filter((line) => !line.includes('fields:')).every((line) => line.includes('thiếu trường bắt buộc (required)'))).toBe(true);
  });
});
