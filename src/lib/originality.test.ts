import { describe, expect, it } from 'vitest';
import { dataProse, fileProse, fingerprint, hashGram, joinProse, mdxProse, sharedGramCount, sharedRuns, tokenize } from './originality.ts';

const SOURCE =
  'Đến nay, toàn huyện đã xây dựng được 138 mô hình “Dân vận khéo”, trong đó có các mô hình nổi bật, hiệu quả cao như mô hình nhà lưới 4.200m2 của gia đình anh Hồ Văn Hà.';

describe('tokenize', () => {
  it('lower-cases, drops punctuation and folds tone marks into the comparison key', () => {
    const tokens = tokenize('Thôn Nhân Hoà, xã Tân Lâm Hương!');
    expect(tokens.map((t) => t.word)).toEqual(['thôn', 'nhân', 'hoà', 'xã', 'tân', 'lâm', 'hương']);
    expect(tokens.map((t) => t.key)).toEqual(['thon', 'nhan', 'hoa', 'xa', 'tan', 'lam', 'huong']);
    // Old and new tone placement ("hoà", "hòa") and decomposed input compare equal.
    expect(tokenize('hòa')[0]?.key).toBe(tokenize('hoa\u0300')[0]?.key);
  });

  it('reduces a number, with its thousands or decimal separator, to one "#" token', () => {
    expect(tokenize('4.200 m² và 1,2 tỉ đồng').map((t) => t.key)).toEqual(['#', 'm²', 'va', '#', 'ti', 'dong']);
    expect(tokenize('4.200 m²')[0]?.word).toBe('4.200');
  });

  it('marks words inside curly or straight quotation marks', () => {
    const tokens = tokenize('mô hình “Nhà sạch, vườn đẹp” và "Khu dân cư mẫu" nữa');
    expect(tokens.filter((t) => t.quoted).map((t) => t.word)).toEqual(['nhà', 'sạch', 'vườn', 'đẹp', 'khu', 'dân', 'cư', 'mẫu']);
    expect(tokens.at(-1)?.quoted).toBe(false);
  });

  it('returns nothing for text without words', () => {
    expect(tokenize(' — “” … ')).toEqual([]);
  });
});

describe('fingerprint and hashGram', () => {
  it('holds one hash per distinct n-word sequence', () => {
    expect(fingerprint('một hai ba bốn', 2).size).toBe(3);
    expect(fingerprint('một hai một hai', 2).size).toBe(2);
    expect(fingerprint('một hai', 3).size).toBe(0);
  });

  it('is stable and tells different sequences apart', () => {
    expect(hashGram(['dan', 'van', 'kheo'])).toBe(hashGram(['dan', 'van', 'kheo']));
    expect(hashGram(['dan', 'van', 'kheo'])).not.toBe(hashGram(['dan', 'kheo', 'van']));
    expect(hashGram(['dan', 'van', 'kheo'])).toMatch(/^[0-9a-z]+$/);
  });
});

describe('sharedRuns', () => {
  const seed = fingerprint(SOURCE, 6);

  it('finds a copied passage as one run, whatever its case, punctuation or figures', () => {
    const ours = 'Theo bài viết, TOÀN HUYỆN đã xây dựng được 42 mô hình Dân vận khéo; chúng tôi ghi lại.';
    const runs = sharedRuns(ours, seed, { n: 6 });
    expect(runs).toEqual([{ text: 'toàn huyện đã xây dựng được 42 mô hình dân vận khéo', length: 12, counted: 12 }]);
  });

  it('finds nothing in the same facts told in other words', () => {
    const ours = 'Huyện có 138 mô hình; nổi bật nhất là nhà lưới rộng 4.200 m² của anh Hồ Văn Hà.';
    expect(sharedRuns(ours, seed, { n: 6 })).toEqual([]);
    expect(sharedGramCount(ours, seed, 6)).toBe(0);
  });

  it('reports only runs of at least minLength words', () => {
    const ours = 'các mô hình nổi bật, hiệu quả cao như mô hình khác';
    expect(sharedRuns(ours, seed, { n: 6, minLength: 11 }).map((r) => r.length)).toEqual([11]);
    expect(sharedRuns(ours, seed, { n: 6, minLength: 12 })).toEqual([]);
  });

  it('does not count exempt names, so a name alone never fails the check', () => {
    const ours = 'gia đình anh Hồ Văn Hà nuôi thêm gà';
    const nameSeed = fingerprint('mô hình nhà lưới của gia đình anh Hồ Văn Hà', 6);
    const exemptions = [{ text: 'Hồ Văn Hà', why: 'tên người' }];
    const [run] = sharedRuns(ours, nameSeed, { n: 6, minLength: 1, exemptions });
    expect(run).toMatchObject({ length: 6, counted: 3 });
    expect(sharedRuns(ours, nameSeed, { n: 6, minLength: 4, exemptions })).toEqual([]);
  });

  it('exempts a quotation only where our text marks it as one', () => {
    const slogan = 'theo phương châm dân biết dân bàn dân làm dân kiểm tra';
    const sloganSeed = fingerprint(slogan, 6);
    const exemptions = [{ text: 'Dân biết, dân bàn, dân làm, dân kiểm tra', why: 'phương châm', quotedOnly: true }];
    const quoted = sharedRuns('theo phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra”', sloganSeed, {
      n: 6,
      minLength: 1,
      exemptions,
    });
    expect(quoted[0]?.counted).toBe(3);
    const unquoted = sharedRuns('theo phương châm dân biết, dân bàn, dân làm, dân kiểm tra', sloganSeed, {
      n: 6,
      minLength: 1,
      exemptions,
    });
    expect(unquoted[0]?.counted).toBe(12);
  });

  it('never joins a run across separate prose parts', () => {
    const ours = joinProse(['toàn huyện đã xây dựng', 'được 138 mô hình Dân vận khéo']);
    expect(sharedRuns(ours, seed, { n: 6, minLength: 6 })).toEqual([{ text: 'được 138 mô hình dân vận khéo', length: 7, counted: 7 }]);
  });

  it('lists the longest run first', () => {
    const ours = 'các mô hình nổi bật, hiệu quả cao. Sau đó toàn huyện đã xây dựng được 138 mô hình Dân vận khéo';
    expect(sharedRuns(ours, seed, { n: 6 }).map((r) => r.length)).toEqual([12, 8]);
  });
});

describe('prose extraction', () => {
  it('reads MDX prose: figure components become numbers, other tags break runs, markup goes', () => {
    const body = [
      "import X from './x';",
      '## Kết quả',
      '',
      'Toàn huyện có <Figure of="thach-ha#tong-so" /> mô hình, xem [bảng](/so-lieu/) **này**.',
      '',
      '<ModelCard of="nha-luoi" />',
      '- mục một {/* ghi chú */}',
    ].join('\n');
    const tokens = tokenize(mdxProse(body)).map((t) => t.key);
    expect(tokens).toEqual(['ket', 'qua', 'toan', 'huyen', 'co', '#', 'mo', 'hinh', 'xem', 'bang', 'nay', 'muc', 'mot']);
    expect(mdxProse(body)).not.toMatch(/Figure|ModelCard|import|\*\*|#/);
  });

  it('reads every prose string of structured data, skipping ids and references', () => {
    const prose = dataProse({
      id: 'nha-luoi',
      place: 'thach-lac',
      name: 'Nhà lưới rau',
      facts: [{ ref: 'a#b', label: 'Diện tích nhà lưới', note: 'ghi theo nguồn' }],
      year: 2022,
    });
    expect(tokenize(prose).map((t) => t.word)).toEqual(['nhà', 'lưới', 'rau', 'diện', 'tích', 'nhà', 'lưới', 'ghi', 'theo', 'nguồn']);
  });

  it('reads a whole MDX file: frontmatter strings, then the body, never joined into one run', () => {
    const file = '---\nname: Kho thóc học đường\nplace: nam-tra-my\n---\nMô hình của Hội phụ nữ.\n';
    const prose = fileProse(file);
    expect(tokenize(prose).map((t) => t.word)).toEqual(['kho', 'thóc', 'học', 'đường', 'mô', 'hình', 'của', 'hội', 'phụ', 'nữ']);
    expect(sharedRuns(prose, fingerprint('kho thóc học đường mô hình', 6), { n: 6 })).toEqual([]);
  });
});
