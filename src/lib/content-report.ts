/**
 * What `npm run check:content` prints and its exit code, for a project root. The script is this
 * function and a print; the bad-content tests call it directly for each case, and run the script
 * itself for a few.
 */
import { readContent } from './content-files.ts';
import { checkContent, formatProblems } from './integrity.ts';
import { committedProblems, hasGitHistory, NO_GIT_NOTICE } from './committed.ts';

export function contentReport(root: string, options: { production: boolean }): { exitCode: 0 | 1; stdout: string; stderr: string } {
  const { problems, warnings, content } = checkContent(readContent(root), options);
  // A changed figure needs a new version and a log line: compared with git's last commit when there is one.
  const history = hasGitHistory(root);
  if (history) problems.push(...committedProblems(root, content.stats));
  const notice = history ? '' : `${NO_GIT_NOTICE}\n`;
  const warned = warnings.length > 0 ? `Cảnh báo (warnings):\n${formatProblems(warnings)}\n\n` : '';
  if (problems.length > 0) {
    return {
      exitCode: 1,
      stdout: notice,
      stderr:
        `${warned}Nội dung có ${problems.length} lỗi (content errors):\n\n${formatProblems(problems)}\n` +
        '\nMỗi dòng: tệp › trường: lỗi gì, sửa thế nào. Sửa xong chạy lại npm run check:content.' +
        '\nÝ nghĩa từng trường: mục “Bảng trường” trong CONTRIBUTING.md.\n',
    };
  }
  const count = (n: number, noun: string) => `${n} ${noun}`;
  const totals = [
    count(content.articles.length, 'bài viết'),
    count(content.models.length, 'mô hình'),
    count(content.stats.length, 'bộ số liệu'),
    count(content.places.length, 'địa phương'),
    count(content.sources.length, 'nguồn'),
  ].join(', ');
  return { exitCode: 0, stdout: `${notice}Nội dung hợp lệ: ${totals}.\n`, stderr: warned };
}
