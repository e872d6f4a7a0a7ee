/**
 * npm run check:content — validates every file in content/ and lists every problem.
 * Exits 1 when there is any. `--dev` treats drafts as visible (as `npm run dev` does).
 */
import { checkContent, formatProblems } from '../src/lib/integrity.ts';
import { readContent } from '../src/lib/content-files.ts';
import { committedProblems, hasGitHistory, NO_GIT_NOTICE } from '../src/lib/committed.ts';

const root = new URL('..', import.meta.url).pathname;
const production = !process.argv.includes('--dev');
const { problems, content } = checkContent(readContent(root), { production });
// A changed figure needs a new version and a log line: compared with git's last commit when there is one.
if (hasGitHistory(root)) problems.push(...committedProblems(root, content.stats));
else console.log(NO_GIT_NOTICE);

if (problems.length > 0) {
  console.error(`Nội dung có ${problems.length} lỗi (content errors):\n`);
  console.error(formatProblems(problems));
  console.error(
    '\nMỗi dòng: tệp › trường: lỗi gì, sửa thế nào. Sửa xong chạy lại npm run check:content.' +
      '\nÝ nghĩa từng trường: mục “Bảng trường” trong CONTRIBUTING.md.',
  );
  process.exit(1);
}
const count = (n: number, noun: string) => `${n} ${noun}`;
console.log(
  `Nội dung hợp lệ: ${[
    count(content.articles.length, 'bài viết'),
    count(content.models.length, 'mô hình'),
    count(content.stats.length, 'bộ số liệu'),
    count(content.places.length, 'địa phương'),
    count(content.sources.length, 'nguồn'),
  ].join(', ')}.`,
);
