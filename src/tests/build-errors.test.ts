/**
 * The build itself must stop on broken content, naming file and field: Astro alone exits 0 on a
 * dangling reference and drops a duplicate id silently.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject } from './build-helpers.ts';

let project = '';
let result = { status: 0 as number | null, output: '' };

beforeAll(() => {
  project = copyProject();
  const stats = join(project, 'content/stats/thach-ha-2022-mo-hinh-theo-linh-vuc.json');
  const dataset = JSON.parse(readFileSync(stats, 'utf8')) as { place: string; observations: { id: string; value: number }[] };
  // 1. A dangling reference.
  dataset.place = 'thach-haa';
  // 2. A wrong total: 35 + 28 + 37 + 20 + 19 ≠ 138.
  dataset.observations.find((o) => o.id === 'kinh-te')!.value = 35;
  writeFileSync(stats, JSON.stringify(dataset));
  // 3. A duplicate id: a second place with an id already used.
  const placesPath = join(project, 'content/places.json');
  const places = JSON.parse(readFileSync(placesPath, 'utf8')) as { id: string }[];
  places.push({ ...places.find((p) => p.id === 'thach-lac')! });
  writeFileSync(placesPath, JSON.stringify(places));
  // 4. A new story with one mistake of each other kind a writer makes, and a linked model made a draft.
  writeFileSync(
    join(project, 'content/articles/bai-thu.mdx'),
    [
      '---',
      'title: Bài thử',
      'summary:',
      "published: '2022-02-30'",
      'author: Ban biên tập',
      'source: thach-ha-2022',
      'places: [thach-lac-x]',
      'fields: [kinh-tee]',
      'tagz: [thử]',
      '---',
      'Có <Figur of="thach-ha-2022-mo-hinh-theo-linh-vuc#tong-so" />.',
      '',
      '![](/minh-hoa/nha-luoi.svg)',
      '',
      'Xem [mô hình](/mo-hinh/trong-hoa-lan-pham-van-huy/).',
      '',
    ].join('\n'),
  );
  const draftModel = join(project, 'content/models/trong-hoa-lan-pham-van-huy.mdx');
  writeFileSync(draftModel, readFileSync(draftModel, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
  result = astroBuild(project, mkdtempSync(join(tmpdir(), 'dvk-broken-')));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a build with broken content', () => {
  it('fails', () => {
    expect(result.status).not.toBe(0);
  });
  it('names the dangling reference with file, field and a suggestion', () => {
    expect(result.output).toContain('content/stats/thach-ha-2022-mo-hinh-theo-linh-vuc.json › place: không có địa phương "thach-haa"');
    expect(result.output).toContain('có phải "thach-ha"?');
  });
  it('names the wrong total with file, field and the sum', () => {
    expect(result.output).toContain(
      'content/stats/thach-ha-2022-mo-hinh-theo-linh-vuc.json › relations.0: các thành phần không khớp với tổng',
    );
    expect(result.output).toContain('35 + 28 + 37 + 20 + 19 ≠ 138');
  });
  it('names the duplicate id with file and field', () => {
    expect(result.output).toContain('content/places.json › thach-lac.id: trùng mã (duplicate id) "thach-lac"');
  });
  it('lists every other mistake of a new story in the same run, each with what to do', () => {
    const story = 'content/articles/bai-thu.mdx';
    for (const line of [
      `${story} › summary: thiếu trường bắt buộc (required)`,
      `${story} › published: ngày "2022-02-30" không hợp lệ (date): tháng 2/2022 chỉ có 28 ngày`,
      `${story} › places.0: không có địa phương "thach-lac-x" (dangling reference) trong content/places.json; có phải "thach-lac"?`,
      `${story} › fields.0: lĩnh vực "kinh-tee" không có trong danh mục (enum); có phải "kinh-te"?`,
      `${story} › tagz: trường không có trong lược đồ (unknown key); có phải "tags"?`,
      `${story} › nội dung, dòng 11: thành phần MDX không có (unknown component) <Figur>; có phải <Figure>?`,
      `${story} › nội dung, dòng 13: ảnh thiếu mô tả thay thế (alt text)`,
      // Drafts are only visible in `npm run dev`: a published page linking to one fails the build.
      `${story} › nội dung, dòng 15: liên kết tới bản nháp (draft) mô hình "trong-hoa-lan-pham-van-huy"`,
    ]) {
      expect(result.output).toContain(line);
    }
  });
});
