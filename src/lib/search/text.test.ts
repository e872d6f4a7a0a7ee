import { describe, expect, it } from 'vitest';
import { containsPhrase, dVariants, excerptParts, fold, highlight, MAX_VARIANTS, queryTerms, wordsFound } from './text.ts';

describe('fold', () => {
  it('removes tone marks and folds đ to d, in lower case', () => {
    expect(fold('Đảng bộ Thạch Hà')).toBe('dang bo thach ha');
    expect(fold('Hủ gạo')).toBe(fold('Hũ gạo'));
  });
  it('folds decomposed (NFD) text the same as composed', () => {
    expect(fold('Thạch Hà'.normalize('NFD'))).toBe('thach ha');
  });
});

describe('queryTerms', () => {
  it('splits on spaces and punctuation, keeping numbers whole', () => {
    expect(queryTerms('  “Nhà lưới”, 4.200 m²! ')).toEqual(['nhà', 'lưới', '4.200', 'm²']);
  });
  it('normalises decomposed input', () => {
    expect(queryTerms('Hà'.normalize('NFD'))).toEqual(['hà']);
  });
  it('returns nothing for punctuation only', () => {
    expect(queryTerms('“…”')).toEqual([]);
  });
});

describe('dVariants', () => {
  it('reads a word starting with d also with đ, the query as typed first', () => {
    expect(dVariants(['dan', 'van', 'kheo'])).toEqual([
      ['dan', 'van', 'kheo'],
      ['đan', 'van', 'kheo'],
    ]);
  });
  it('combines the readings of several d-words', () => {
    expect(dVariants(['doan', 'dang'])).toHaveLength(4);
  });
  it('leaves words typed with đ, or without an initial d, alone', () => {
    expect(dVariants(['đảng', 'viên'])).toEqual([['đảng', 'viên']]);
  });
  it(`stops varying once ${MAX_VARIANTS} readings exist, keeping later words as typed`, () => {
    const variants = dVariants(['da', 'db', 'dc', 'dd', 'de']);
    expect(variants).toHaveLength(MAX_VARIANTS);
    expect(variants.every((v) => v[3] === 'dd' && v[4] === 'de')).toBe(true);
  });
});

describe('containsPhrase', () => {
  it('finds the words together, toneless or with đ typed as d', () => {
    expect(containsPhrase('Mô hình nhà lưới sản xuất', ['nha', 'luoi'])).toBe(true);
    expect(containsPhrase('Đoàn viên thanh niên', ['doan', 'vien'])).toBe(true);
  });
  it('lets the last word be unfinished, but not the others', () => {
    expect(containsPhrase('Nhà lưới', ['nha', 'lu'])).toBe(true);
    expect(containsPhrase('Nhân lưới', ['nha', 'luoi'])).toBe(false);
  });
  it('needs the words in order and next to each other', () => {
    expect(containsPhrase('lưới nhà', ['nha', 'luoi'])).toBe(false);
    expect(containsPhrase('nhà có lưới', ['nha', 'luoi'])).toBe(false);
    expect(containsPhrase('anything', [])).toBe(false);
  });
});

describe('wordsFound', () => {
  it('counts whole-word matches, the last term as a prefix', () => {
    expect(wordsFound('Xã Long Hữu', ['long', 'hu'])).toBe(2);
    expect(wordsFound('Nhân dân nhanh nhạy', ['nha', 'luoi'])).toBe(0);
  });
});

describe('highlight', () => {
  it('marks the real word for a folded term', () => {
    expect(highlight('Đảng viên gương mẫu', ['dang'])).toEqual([
      { text: 'Đảng', mark: true },
      { text: ' viên gương mẫu', mark: false },
    ]);
  });
  it('marks whole words, except for the last term, which may be unfinished', () => {
    expect(highlight('Xã Long Hữu', ['hu', 'gao']).some((part) => part.mark)).toBe(false);
    expect(
      highlight('Hũ gạo', ['hu', 'ga'])
        .filter((part) => part.mark)
        .map((part) => part.text),
    ).toEqual(['Hũ', 'gạo']);
  });
  it('returns the text unmarked when nothing matches', () => {
    expect(highlight('Nhà lưới', ['xyz'])).toEqual([{ text: 'Nhà lưới', mark: false }]);
  });
});

describe('excerptParts', () => {
  it('turns Pagefind marks into parts and decodes entities, without parsing other HTML', () => {
    expect(excerptParts('A &lt;b&gt; <mark>nhà</mark> &amp; <mark>lưới</mark>.')).toEqual([
      { text: 'A <b> ', mark: false },
      { text: 'nhà', mark: true },
      { text: ' & ', mark: false },
      { text: 'lưới', mark: true },
      { text: '.', mark: false },
    ]);
  });
});
