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

/** The dataset file as committed in HEAD, parsed; undefined when the file is new or unreadable there. */
function committedDataset(root: string, file: string): Dataset | undefined {
  const shown = git(root, 'show', `HEAD:./${file}`);
  if (shown.status !== 0) return undefined;
  try {
    const parsed = datasetSchema.safeParse(JSON.parse(shown.stdout));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Problems for datasets whose figures changed since HEAD without a new version and log line. */
export function committedProblems(root: string, stats: { entry: { file: string }; data: Dataset }[]): Problem[] {
  return stats.flatMap(({ entry, data }) => {
    const committed = committedDataset(root, entry.file);
    return committed ? committedChangeProblems(committed, data).map((p) => ({ file: entry.file, ...p })) : [];
  });
}

export const NO_GIT_NOTICE =
  'Lưu ý: không có lịch sử git (không phải kho git, chưa có lần commit nào, hoặc máy không có git), nên bỏ qua bước so sánh số liệu với lần commit trước. Các bước kiểm tra khác vẫn chạy.';
