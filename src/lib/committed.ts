/**
 * The git side of `npm run check:content`: each dataset's figures as git's last commit (HEAD) holds
 * them, compared with the working copy. Without git history (no git, not a repository, no commit
 * yet: for example a folder unpacked from a .zip) the comparison is skipped and the caller prints a
 * notice; every other check still runs.
 */
import { spawnSync } from 'node:child_process';
import { datasetSchema, type Dataset } from '../schemas/stats.ts';
import { committedChangeProblems } from './versions.ts';
import type { Problem } from './integrity.ts';

const git = (root: string, ...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** True when `root` is inside a git repository that has at least one commit. */
export function hasGitHistory(root: string): boolean {
  const result = git(root, 'rev-parse', '--verify', '--quiet', 'HEAD');
  return !result.error && result.status === 0;
}

/** A dataset file's text as committed, parsed; undefined when unreadable or not a dataset. */
function parseDataset(text: string | undefined): Dataset | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = datasetSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The files as committed in HEAD, read by one `git cat-file --batch` (one process for any number of
 * datasets, not one per file); a file that is new since HEAD is missing from the map.
 */
export function committedFiles(root: string, files: string[]): Map<string, string> {
  const found = new Map<string, string>();
  if (!files.length) return found;
  const prefix = git(root, 'rev-parse', '--show-prefix').stdout.trim();
  const batch = spawnSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: files.map((file) => `HEAD:${prefix}${file}\n`).join(''),
    maxBuffer: 512 * 1024 * 1024,
  });
  if (batch.status !== 0 || !batch.stdout) return found;
  const out = batch.stdout;
  let at = 0;
  for (const file of files) {
    const end = out.indexOf(10, at);
    if (end < 0) break;
    const header = out.subarray(at, end).toString('utf8');
    at = end + 1;
    // "<oid> blob <size>" then the content and a newline; "<name> missing" for a file not in HEAD.
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) continue;
    const size = Number(match[2]);
    if (match[1] === 'blob') found.set(file, out.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return found;
}

/** Problems for datasets whose figures changed since HEAD without a new version and log line. */
export function committedProblems(root: string, stats: { entry: { file: string }; data: Dataset }[]): Problem[] {
  const committed = committedFiles(
    root,
    stats.map(({ entry }) => entry.file),
  );
  return stats.flatMap(({ entry, data }) => {
    const before = parseDataset(committed.get(entry.file));
    return before ? committedChangeProblems(before, data).map((p) => ({ file: entry.file, ...p })) : [];
  });
}

export const NO_GIT_NOTICE =
  'Lưu ý: không có lịch sử git (không phải kho git, chưa có lần commit nào, hoặc máy không có git), nên bỏ qua bước so sánh số liệu với lần commit trước. Các bước kiểm tra khác vẫn chạy.';
