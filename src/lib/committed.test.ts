import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { committedFiles, hasGitHistory } from './committed.ts';

const repo = mkdtempSync(join(tmpdir(), 'dvk-committed-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const git = (...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.vn', ...args], { cwd: repo, encoding: 'utf8' });

describe('committedFiles (one git cat-file --batch for all files)', () => {
  it('reads each file as HEAD holds it, from a project inside a subfolder of the repository, multi-byte text intact', () => {
    const root = join(repo, 'du-an');
    mkdirSync(join(root, 'content/stats'), { recursive: true });
    git('init', '-q');
    expect(hasGitHistory(root)).toBe(false);
    writeFileSync(join(root, 'content/stats/a.json'), '{"tên": "Xã Long Hữu", "số": 1}\n');
    writeFileSync(join(root, 'content/stats/b.json'), '{"b": "Đồng Tháp"}\n');
    git('add', '.');
    git('commit', '-qm', 'một');
    writeFileSync(join(root, 'content/stats/a.json'), '{"đã sửa": true}\n');
    writeFileSync(join(root, 'content/stats/moi.json'), '{}\n');
    expect(hasGitHistory(root)).toBe(true);

    const files = committedFiles(root, ['content/stats/a.json', 'content/stats/moi.json', 'content/stats/b.json']);
    expect([...files.keys()]).toEqual(['content/stats/a.json', 'content/stats/b.json']);
    expect(files.get('content/stats/a.json')).toBe('{"tên": "Xã Long Hữu", "số": 1}\n');
    expect(files.get('content/stats/b.json')).toBe('{"b": "Đồng Tháp"}\n');
  });
});
