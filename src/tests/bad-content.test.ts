/**
 * Content is untrusted input (issue 11). Every case of the bad-content catalogue is refused by
 * `npm run check:content` with its message, and all of them together by `astro build`; a parent loop
 * ends the build within 30 s instead of hanging it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_CASES, type BadCase } from './bad-content.ts';
import { astroBuild, copyProject, projectRoot } from './build-helpers.ts';
import { contentReport } from '../lib/content-report.ts';
import { formatNumber } from '../lib/format.ts';
import { formatBytes, LIMITS } from '../lib/limits.ts';

function apply(root: string, cases: BadCase[]) {
  for (const { files } of cases) {
    for (const [path, change] of Object.entries(files)) {
      const target = join(root, path);
      const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, typeof change === 'function' ? change(current) : change);
    }
  }
}

/**
 * `npm run check:content` on a copy of content/ with one case applied: in this process (the function the
 * script prints), or by running the script itself (`spawn`), which costs a few seconds on a busy machine.
 */
function checkCase(badCase: BadCase, spawn = false) {
  const root = mkdtempSync(join(tmpdir(), 'dvk-bad-'));
  try {
    cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
    apply(root, [badCase]);
    if (!spawn) {
      const report = contentReport(root, { production: true });
      return { status: report.exitCode, output: `${report.stdout}\n${report.stderr}` };
    }
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/check-content.ts'), `--root=${root}`], { encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** True when one line of `output` names the file and carries the text. */
const says = (output: string, { file, text }: { file: string; text: string }) =>
  output.split('\n').some((line) => line.startsWith(`${file}`) && line.includes(text));

describe('npm run check:content refuses each bad file, saying what and where', () => {
  it.each(BAD_CASES.map((c) => [c.id, c] as const))('%s', (_id, badCase) => {
    const { status, output } = checkCase(badCase);
    expect(status, output).toBe(badCase.warningOnly ? 0 : 1);
    for (const expected of badCase.expect) expect(says(output, expected), `${expected.file}: ${expected.text}\n\n${output}`).toBe(true);
  });

  it.each(['esm', 'nfd-enum', 'parent-loop'])('the script itself agrees for %s', (id) => {
    const badCase = BAD_CASES.find((c) => c.id === id)!;
    const inProcess = checkCase(badCase);
    expect(checkCase(badCase, true)).toEqual(inProcess);
  });

  it('reports an unreadable file first, and its follow-on references in one line', () => {
    const { output } = checkCase(
      BAD_CASES.find((c) => c.id === 'bom')!,
      true,
    );
    const lines = output.split('\n').filter((line) => line.startsWith('content/'));
    expect(lines[0]).toBe('content/places.json: tệp bắt đầu bằng ký tự BOM (U+FEFF); lưu lại dưới dạng UTF-8 không BOM');
    expect(lines[1]).toMatch(/^content\/places\.json: vì tệp này không đọc được, \d+ tham chiếu tới nó từ \d+ tệp khác chưa kiểm tra được/);
    expect(lines).toHaveLength(2);
  });

  it('names the loop of a parent chain', () => {
    const { output } = checkCase(BAD_CASES.find((c) => c.id === 'parent-loop')!);
    expect(output).toMatch(/lặp vòng: ([a-z-]+) → [a-z-]+ → [a-z-]+ → \1\./);
  });
});

describe('CONTRIBUTING.md', () => {
  it('states the size limits the check applies', () => {
    const text = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
    for (const stated of [
      `một tệp MDX (bài viết, mô hình) | ${formatBytes(LIMITS.mdxFile)}`,
      `phần nội dung của một tệp MDX | ${formatNumber(LIMITS.body)} ký tự`,
      `một tệp bộ số liệu trong \`content/stats/\` | ${formatBytes(LIMITS.datasetFile)}`,
      `số liệu (\`observations\`) trong một bộ số liệu | ${LIMITS.observations}`,
      `\`content/sources.json\` | ${formatBytes(LIMITS.listFile)} mỗi tệp`,
      `một ảnh tải lên (JPEG, PNG hoặc WebP) | ${formatBytes(LIMITS.photoFile)}`,
      `số điểm ảnh của một ảnh (rộng × cao) | ${formatNumber(LIMITS.photoPixels)}`,
    ]) {
      expect(text).toContain(stated);
    }
  });
});

describe('astro build refuses all the bad files at once, before compiling any', () => {
  let project = '';
  let result = { status: 0 as number | null, output: '' };
  beforeAll(() => {
    project = copyProject();
    apply(
      project,
      BAD_CASES.filter((c) => !c.ownBuild),
    );
    result = astroBuild(project, mkdtempSync(join(tmpdir(), 'dvk-bad-build-')));
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('fails', () => {
    expect(result.status).not.toBe(0);
  });
  it.each(BAD_CASES.filter((c) => !c.ownBuild).map((c) => [c.id, c] as const))('%s', (_id, badCase) => {
    for (const expected of badCase.expect) expect(says(result.output, expected), `${expected.file}: ${expected.text}`).toBe(true);
  });
  it('never published what the MDX read from the machine', () => {
    expect(result.output).not.toContain(`tên là ${hostname()}`);
  });
});

describe('a place whose parent chain loops', () => {
  let project = '';
  let result = { status: 0 as number | null, output: '' };
  beforeAll(() => {
    project = copyProject();
    apply(project, [BAD_CASES.find((c) => c.id === 'parent-loop')!]);
    result = astroBuild(project, mkdtempSync(join(tmpdir(), 'dvk-loop-')), {}, { timeout: 30_000 });
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('ends the build within 30 s, failing with the loop named', () => {
    // spawnSync kills the build at 30 s: then status is null.
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/places\.json › [a-z-]+\.parent: chuỗi cấp trên \(parent\) lặp vòng: /);
  });
});
