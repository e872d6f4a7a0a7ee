import { describe, expect, it } from 'vitest';
import { search, titleKey, type Pagefind, type PagefindData, type PagefindSearchOptions } from './engine.ts';
import { fold, foldedWords } from './text.ts';

interface FakePage {
  id: string;
  title: string;
  keywords?: string;
  /** Pagefind's score for each query string the fake should answer, exact phrases in quotes. */
  scores: Record<string, number>;
  date?: string;
  /** The page's words besides its title, for single-word lookups. */
  text?: string;
}

/** A stand-in for pagefind.js: answers exactly the queries each page lists, records every call. */
function fakePagefind(pages: FakePage[]) {
  const calls: (string | null)[] = [];
  const data = (page: FakePage): PagefindData => ({
    url: `/${page.id}/`,
    excerpt: '',
    meta: { title: page.title, ...(page.keywords ? { keywords: page.keywords } : {}) },
  });
  const pagefind: Pagefind = {
    options: async () => undefined,
    filters: async () => ({}),
    search: async (term: string | null, options?: PagefindSearchOptions) => {
      calls.push(term);
      // One word, as Pagefind answers it: quoted, the whole word; bare, any word it begins.
      const single = term !== null && !term.replace(/^"|"$/g, '').includes(' ') ? term : undefined;
      if (single !== undefined) {
        const exact = single.startsWith('"');
        const word = fold(single.replace(/"/g, ''));
        const results = pages.flatMap((p) => {
          const words = foldedWords(`${p.title} ${p.text ?? ''}`);
          const at = words.flatMap((w, i) => ((exact ? w === word : w.startsWith(word)) ? [i] : []));
          return at.length > 0 ? [{ id: p.id, score: 1, words: at, data: async () => data(p) }] : [];
        });
        return { results };
      }
      const found =
        term === null
          ? pages.filter((p) => !options?.sort || p.date).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
          : pages.filter((p) => p.scores[term] !== undefined).sort((a, b) => b.scores[term]! - a.scores[term]!);
      return { results: found.map((p) => ({ id: p.id, score: term === null ? 0 : p.scores[term]!, data: async () => data(p) })) };
    },
  };
  return { pagefind, calls };
}

const urls = async (pagefind: Pagefind, query: string, filters?: Record<string, string>) => {
  const { hits } = await search(pagefind, { query, ...(filters ? { filters } : {}) });
  return Promise.all(hits.map(async (h) => (await h.data()).url));
};

describe('search', () => {
  it('also searches đ where d was typed, and keeps each page once with its best score', async () => {
    const { pagefind, calls } = fakePagefind([
      { id: 'dang', title: 'Đảng bộ', scores: { 'đang bo': 9, '"đang bo"': 1 } },
      { id: 'dang-do', title: 'Dang dở', text: 'bộ', scores: { 'dang bo': 2, 'đang bo': 1 } },
    ]);
    expect(await urls(pagefind, 'dang bo')).toEqual(['/dang/', '/dang-do/']);
    expect(calls).toEqual(expect.arrayContaining(['dang bo', 'đang bo', '"dang bo"', '"đang bo"']));
  });

  it('puts pages with the words together before pages with the words apart', async () => {
    const { pagefind } = fakePagefind([
      { id: 'nhan-dan', title: 'Nhân dân nhanh nhạy', text: 'nhà ở và lưới điện', scores: { 'nha luoi': 20 } },
      { id: 'bai-viet', title: 'Một năm của huyện', text: 'nhà lưới', scores: { 'nha luoi': 5, '"nha luoi"': 1 } },
    ]);
    expect(await urls(pagefind, 'nha luoi')).toEqual(['/bai-viet/', '/nhan-dan/']);
  });

  it('puts a page whose title is the query first, then other titles holding it, then the rest', async () => {
    const { pagefind } = fakePagefind([
      { id: 'bai-viet', title: 'Xã Long Hữu tổng kết công tác dân vận năm 2020', scores: { 'long huu': 30, '"long huu"': 1 } },
      { id: 'so-lieu', title: 'Kinh phí an sinh', text: 'xã Long Hữu', scores: { 'long huu': 40, '"long huu"': 1 } },
      { id: 'xa', title: 'Xã Long Hữu', scores: { 'long huu': 10, '"long huu"': 1 } },
    ]);
    expect(await urls(pagefind, 'long huu')).toEqual(['/xa/', '/bai-viet/', '/so-lieu/']);
  });

  it('counts an alias or a person’s name like the title', async () => {
    const { pagefind } = fakePagefind([
      { id: 'bai-viet', title: 'Thạch Hà năm 2022', text: 'anh Hồ Văn Hà', scores: { 'ho van ha': 30, '"ho van ha"': 1 } },
      {
        id: 'nha-luoi',
        title: 'Mô hình nhà lưới',
        keywords: 'Hồ Văn Hà',
        text: 'Hồ Văn Hà',
        scores: { 'ho van ha': 10, '"ho van ha"': 1 },
      },
    ]);
    expect(await urls(pagefind, 'ho van ha')).toEqual(['/nha-luoi/', '/bai-viet/']);
  });

  it('returns only pages holding every word whole; counts only those', async () => {
    const { pagefind } = fakePagefind([
      { id: 'lan', title: 'Trồng hoa lan', scores: { 'hoa lan': 5, '"hoa lan"': 1 } },
      { id: 'lang-quang', title: 'Không có lăng quăng', text: 'hoa', scores: { 'hoa lan': 9 } },
      { id: 'thu-hoach', title: 'Thu hoạch', text: 'lần', scores: { 'hoa lan': 8 } },
    ]);
    const found = await search(pagefind, { query: 'hoa lan' });
    expect(found.hits.map((h) => h.id)).toEqual(['lan']);
    expect(found.near).toEqual([]);
  });

  it('lets the last word match as a prefix only while it is being typed', async () => {
    const { pagefind } = fakePagefind([{ id: 'lan', title: 'Trồng hoa lan', scores: { 'hoa la': 5 } }]);
    expect((await search(pagefind, { query: 'hoa la', typing: true })).hits.map((h) => h.id)).toEqual(['lan']);
    expect((await search(pagefind, { query: 'hoa la' })).hits).toEqual([]);
  });

  it('says nothing matched and offers the nearest pages apart when no page holds every word', async () => {
    const { pagefind } = fakePagefind([
      {
        id: 'cho-moi',
        title: 'Chợ Mới',
        text: `hàng quý, ${'một đoạn khác '.repeat(10)} khuyến khích, ${'một đoạn khác '.repeat(10)} trường học`,
        scores: { 'quy khuyen hoc': 3 },
      },
    ]);
    const found = await search(pagefind, { query: 'quy khuyen hoc' });
    expect(found.hits).toEqual([]);
    expect(found.near.map((h) => h.id)).toEqual(['cho-moi']);
  });

  it('searches an abbreviation the sources use as its full form, and back', async () => {
    const { pagefind } = fakePagefind([
      { id: 'long-an', title: 'Phong trào ở Long An', text: 'thi đua DVK', scores: { 'dan van kheo': 1 } },
      { id: 'the-bhyt', title: 'Tặng thẻ bảo hiểm y tế', scores: { 'bảo hiểm y tế': 1, '"bảo hiểm y tế"': 1 } },
      { id: 'hoi-vien', title: 'Hội viên và nhân dân', text: 'bảo hiểm nhà, y tế xã', scores: { 'bảo hiểm y tế': 2 } },
    ]);
    expect((await search(pagefind, { query: 'dan van kheo' })).hits.map((h) => h.id)).toEqual(['long-an']);
    expect((await search(pagefind, { query: 'BHYT' })).hits.map((h) => h.id)).toEqual(['the-bhyt']);
  });

  it('lists the pages matching the filters, newest first, when no words are typed', async () => {
    const { pagefind } = fakePagefind([
      { id: 'cu', title: 'Cũ', scores: {}, date: '2020-01-01' },
      { id: 'moi', title: 'Mới', scores: {}, date: '2024-01-01' },
      { id: 'khong-ngay', title: 'Không ngày', scores: {} },
    ]);
    expect(await urls(pagefind, '  ', { type: 'Mô hình' })).toEqual(['/moi/', '/cu/', '/khong-ngay/']);
    expect(await urls(pagefind, '')).toEqual([]);
  });

  it('orders by date when asked for the newest first', async () => {
    const { pagefind } = fakePagefind([
      { id: 'cu', title: 'Hũ gạo', scores: { 'hu gao': 9 }, date: '2020-01-01' },
      { id: 'moi', title: 'Nói về hũ gạo', scores: { 'hu gao': 1 }, date: '2024-01-01' },
    ]);
    const { hits } = await search(pagefind, { query: 'hu gao', newest: true });
    expect(hits.map((h) => h.id)).toEqual(['moi', 'cu']);
  });
});

describe('titleKey', () => {
  it('scores how much of the title the phrase takes up', () => {
    const meta = (title: string, keywords?: string) => ({ url: '/', excerpt: '', meta: { title, keywords } });
    expect(titleKey(meta('Xã Long Hữu'), ['long', 'huu']).coverage).toBeCloseTo(2 / 3);
    expect(titleKey(meta('Hũ gạo tình thương', 'Hủ gạo tình thương'), ['hu', 'gao', 'tinh', 'thuong']).coverage).toBe(1);
    expect(titleKey(meta('Long và Hữu'), ['long', 'huu'])).toEqual({ coverage: 0, words: 2 });
  });
});
