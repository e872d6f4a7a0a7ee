/**
 * `npm run check:content` on a throwaway copy of the project put under git: a figure changed without
 * a new version fails, naming file and field; the same change with a version and log line passes;
 * without git history the comparison is skipped with a notice.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_GIT_NOTICE } from '../lib/committed.ts';
import { copyProject } from './build-helpers.ts';

const FILE = 'content/stats/thach-ha-2022-mo-hinh-theo-linh-vuc.json';
let project = '';
const sh = (command: string, ...args: string[]) => spawnSync(command, args, { cwd: project, encoding: 'utf8' });
const check = () => sh(process.execPath, join(project, 'scripts', 'check-content.ts'));

beforeAll(() => {
  project = copyProject();
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('npm run check:content and versions', () => {
  it('without git history, skips the comparison with a printed notice and still passes', () => {
    const result = check();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(NO_GIT_NOTICE);
  });

  it('refuses a changed figure without a new version, naming file and field; accepts it with a version and log line', () => {
    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['-c', 'user.name=t', '-c', 'user.email=t@example.vn', 'commit', '-q', '-m', 'x'],
    ]) {
      expect(sh('git', ...args).status).toBe(0);
    }
    const original = readFileSync(join(project, FILE), 'utf8');
    // "vuot-so-voi-dang-ky" (index 6) is in no sum, so only the version check can catch the change.
    const planted = original.replace('"value": 3, "unit": "mô hình", "note"', '"value": 4, "unit": "mô hình", "note"');
    expect(planted).not.toBe(original);
    writeFileSync(join(project, FILE), planted);
    const refused = check();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${FILE} › observations.6.value: số liệu "vuot-so-voi-dang-ky" đổi value từ 3 thành 4`);

    const data = JSON.parse(planted) as Record<string, unknown>;
    data.version = 2;
    data.changes = [{ version: 2, date: '2026-11-30', summary: 'thử: sửa 3 thành 4', previous: [{ id: 'vuot-so-voi-dang-ky', value: 3 }] }];
    writeFileSync(join(project, FILE), JSON.stringify(data, null, 2));
    const accepted = check();
    expect(accepted.status, accepted.stderr).toBe(0);

    data.changes = [{ version: 2, date: '2026-11-30', summary: 'thử', previous: [{ id: 'vuot-so-voi-dang-ky', value: 2 }] }];
    writeFileSync(join(project, FILE), JSON.stringify(data, null, 2));
    const wrongLog = check();
    expect(wrongLog.status).toBe(1);
    expect(wrongLog.stderr).toContain(`${FILE} › changes: dựng lại phiên bản 1`);
  });
});
