/**
 * Shared context is written once, on the story or place page; profiles link to it. A paragraph of 25
 * or more words may not appear in two content files, even with only a quoted name changed (the
 * near-identical profiles this replaced differed only in the model's name).
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../lib/content-files.ts';
import { projectRoot } from './build-helpers.ts';

const MIN_WORDS = 25;

/** What a paragraph says once names in quotes, link targets and MDX tags are set aside. */
function paragraphSkeleton(paragraph: string): string {
  return paragraph
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/“[^”]*”|"[^"]*"/g, '“”')
    .replace(/[[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('vi');
}

const wordCount = (skeleton: string) => skeleton.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Paragraphs of MIN_WORDS or more words (skeleton) that appear in more than one file. */
function repeatedParagraphs(files: { file: string; body: string }[]): { skeleton: string; files: string[] }[] {
  const seen = new Map<string, Set<string>>();
  for (const { file, body } of files) {
    for (const paragraph of body.split(/\r?\n\s*\r?\n/)) {
      const skeleton = paragraphSkeleton(paragraph);
      if (wordCount(skeleton) < MIN_WORDS) continue;
      const where = seen.get(skeleton) ?? new Set<string>();
      where.add(file);
      seen.set(skeleton, where);
    }
  }
  return [...seen].filter(([, where]) => where.size > 1).map(([skeleton, where]) => ({ skeleton, files: [...where].sort() }));
}

describe('repeated paragraphs in content/', () => {
  it('finds a paragraph repeated with only the quoted name changed', () => {
    const body = (name: string) =>
      `Bài viết về tỉnh kể tên “${name}” trong số những mô hình được người dân tích cực tham gia. Tác giả cho rằng những mô hình như vậy tiếp thêm động lực cho người dân, giúp họ chăm làm ăn hơn và cùng nhau giữ môi trường.`;
    const found = repeatedParagraphs([
      { file: 'a.mdx', body: body('Mỗi khu dân cư một công trình') },
      { file: 'b.mdx', body: `Mở đầu.\n\n${body('Cùng biết, cùng thực hiện')}` },
    ]);
    expect(found.map((f) => f.files)).toEqual([['a.mdx', 'b.mdx']]);
  });

  it('lets a short shared sentence repeat', () => {
    const line = 'Ngoài tên gọi, nguồn không nói gì thêm về mô hình này.';
    expect(
      repeatedParagraphs([
        { file: 'a.mdx', body: line },
        { file: 'b.mdx', body: line },
      ]),
    ).toEqual([]);
  });

  it('no paragraph of 25 or more words appears in two content files', () => {
    const files = readContent(projectRoot).flatMap((e) => (e.body === undefined ? [] : [{ file: e.file, body: e.body }]));
    expect(files.length).toBeGreaterThan(50);
    const report = repeatedParagraphs(files).map((r) => `${r.files.join(', ')}:\n  ${r.skeleton}`);
    expect(
      report,
      `Đoạn văn lặp lại: viết phần chung một lần ở trang bài viết hoặc địa phương, rồi dẫn link tới đó.\n${report.join('\n')}`,
    ).toEqual([]);
  });
});
