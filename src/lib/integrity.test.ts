import { describe, expect, it } from 'vitest';
import type { RawEntry } from './content-files.ts';
import { checkContent, formatProblems, MDX_COMPONENTS, type Problem } from './integrity.ts';
import { readFileSync } from 'node:fs';

// A small, valid content set; each test breaks one thing and expects one precise message.
const places = (): RawEntry[] => [
  {
    collection: 'places',
    file: 'content/places.json',
    id: 'ha-tinh',
    data: { id: 'ha-tinh', name: 'Hà Tĩnh', level: 'tỉnh', parent: null },
  },
  {
    collection: 'places',
    file: 'content/places.json',
    id: 'thach-ha',
    data: { id: 'thach-ha', name: 'Thạch Hà', level: 'huyện', parent: 'ha-tinh' },
  },
  {
    collection: 'places',
    file: 'content/places.json',
    id: 'thach-lac',
    data: { id: 'thach-lac', name: 'Thạch Lạc', level: 'xã', parent: 'thach-ha' },
  },
];
const sources = (): RawEntry[] => [
  {
    collection: 'sources',
    file: 'content/sources.json',
    id: 'thach-ha-2022',
    data: { id: 'thach-ha-2022', title: 'Huyện Thạch Hà đẩy mạnh phong trào', date: '2022-12-23', covers: { from: '2022' }, file: 'x.txt' },
  },
];
const model = (data: Record<string, unknown> = {}, body = 'Diện tích <Fact of="nha-luoi#dien-tich" />.'): RawEntry => ({
  collection: 'models',
  file: 'content/models/nha-luoi.mdx',
  id: 'nha-luoi',
  data: {
    name: 'Mô hình nhà lưới',
    summary: 'Trồng rau trong nhà lưới.',
    kind: 'khong-ro',
    fields: ['kinh-te'],
    place: 'thach-lac',
    facts: [{ id: 'dien-tich', label: 'Diện tích', value: 4200, unit: 'm²', source: 'thach-ha-2022' }],
    sources: [{ source: 'thach-ha-2022', says: 'Mô hình nổi bật.' }],
    ...data,
  },
  body,
  bodyLine: 12,
});
const dataset = (data: Record<string, unknown> = {}): RawEntry => ({
  collection: 'stats',
  file: 'content/stats/thach-ha-2022.json',
  id: 'thach-ha-2022',
  data: {
    title: 'Mô hình theo lĩnh vực',
    summary: 'Số mô hình.',
    place: 'thach-ha',
    period: { from: '2022' },
    asOf: '2022-12-23',
    unit: 'mô hình',
    source: 'thach-ha-2022',
    article: 'thach-ha',
    observations: [
      { id: 'tong', label: 'Tổng', value: 138, unit: 'mô hình' },
      { id: 'kinh-te', label: 'Kinh tế', value: 34, unit: 'mô hình' },
      { id: 'khac', label: 'Khác', value: 104, unit: 'mô hình' },
    ],
    relations: [{ total: 'tong', parts: ['kinh-te', 'khac'] }],
    ...data,
  },
});
const article = (
  data: Record<string, unknown> = {},
  body = 'Có <Figure of="thach-ha-2022#tong" />.\n\n<ModelCard of="nha-luoi" />',
): RawEntry => ({
  collection: 'articles',
  file: 'content/articles/thach-ha.mdx',
  id: 'thach-ha',
  data: {
    title: 'Thạch Hà',
    summary: 'Tóm tắt.',
    published: '2026-11-23',
    author: 'Ban biên tập',
    source: 'thach-ha-2022',
    places: ['thach-ha'],
    models: ['nha-luoi'],
    datasets: ['thach-ha-2022'],
    ...data,
  },
  body,
  bodyLine: 11,
});

const run = (entries: RawEntry[], production = true) => checkContent(entries, { production }).problems;
const only = (problems: Problem[]) => {
  expect(problems, formatProblems(problems)).toHaveLength(1);
  return problems[0]!;
};

describe('checkContent', () => {
  it('accepts a consistent content set', () => {
    const { problems, content } = checkContent([...places(), ...sources(), model(), dataset(), article()], { production: true });
    expect(problems).toEqual([]);
    expect(content.models).toHaveLength(1);
  });

  it('warns, naming the line, when a story section is too long for one phone page, since a story is cut only between sections', () => {
    // Text gzip cannot squeeze much: numbered words, as many as a long report section holds.
    const long = Array.from({ length: 2500 }, (_, i) => `từ${(i * 7919) % 10007}`).join(' ');
    const body = `Mở đầu.\n\n## Mục ngắn\n\nVài dòng.\n\n## Mục rất dài\n\n${long}`;
    const { problems, warnings } = checkContent([...places(), ...sources(), model(), dataset(), article({}, body)], { production: true });
    expect(problems).toEqual([]);
    const warning = only(warnings);
    // The body starts on line 11; "## Mục rất dài" is its 7th line.
    expect(warning).toMatchObject({ file: 'content/articles/thach-ha.mdx', field: 'nội dung, dòng 17' });
    expect(warning.message).toMatch(
      /^mục “Mục rất dài” quá dài cho một trang đọc trên điện thoại \(ước tính [\d.]+ byte nén, tối đa 3\.700\).*thêm tiêu đề ##/,
    );
    expect(checkContent([...places(), ...sources(), model(), dataset(), article()], { production: true }).warnings).toEqual([]);
  });

  it('names a missing required field, says it is required and what to write', () => {
    const { name: _name, ...rest } = model().data as Record<string, unknown>;
    const p = only(run([...places(), ...sources(), { ...model(), data: rest }, dataset(), article()]));
    expect(p).toMatchObject({ file: 'content/models/nha-luoi.mdx', field: 'name' });
    expect(p.message).toContain('thiếu trường bắt buộc (required)');
    expect(p.message).toContain('Tên mô hình đúng như nguồn ghi');
  });

  it('treats a blank stub (null or "") as a field still to fill, listing the allowed values', () => {
    const problems = run([...places(), ...sources(), model({ summary: null, kind: '' }), dataset(), article()]);
    expect(problems.map((p) => p.field)).toEqual(['summary', 'kind']);
    expect(problems.every((p) => p.message.startsWith('thiếu trường bắt buộc (required)'))).toBe(true);
    expect(problems[1]!.message).toContain('một trong: "ca-nhan" (Cá nhân), "tap-the" (Tập thể), "khong-ro" (Chưa rõ)');
  });

  it('names a field of the wrong type and how to write it', () => {
    const problems = run([
      ...places(),
      ...sources(),
      model({ featured: 'có', facts: [{ id: 'dien-tich', label: 'Diện tích', value: '4.200', unit: 'm²', source: 'thach-ha-2022' }] }),
      dataset(),
      article({ models: 'nha-luoi' }),
    ]);
    const byField = new Map(problems.map((p) => [p.field, p.message]));
    expect(byField.get('featured')).toBe(
      'sai kiểu dữ liệu (type): cần true hoặc false, đang là chữ "có". Sửa: viết true hoặc false, không có dấu ngoặc kép',
    );
    expect(byField.get('facts.0.value')).toContain('Sửa: viết 4200 (không có dấu ngoặc kép');
    expect(byField.get('models')).toContain('viết dạng danh sách trong ngoặc vuông, ví dụ [nha-luoi]');
  });

  it('rejects an impossible date and a date in the wrong order, saying why', () => {
    const impossible = only(run([...places(), ...sources(), model(), dataset(), article({ published: '2022-02-30' })]));
    expect(impossible).toMatchObject({ file: 'content/articles/thach-ha.mdx', field: 'published' });
    expect(impossible.message).toBe('ngày "2022-02-30" không hợp lệ (date): tháng 2/2022 chỉ có 28 ngày; kiểm tra lại với nguồn');
    const wrongOrder = only(run([...places(), ...sources(), model(), dataset(), article({ published: '23/11/2026' })]));
    expect(wrongOrder.message).toContain('viết theo thứ tự năm-tháng-ngày: "2026-11-23"');
    const unquotedYear = only(run([...places(), ...sources(), model({ years: { from: 2022 } }), dataset(), article()]));
    expect(unquotedYear).toMatchObject({ field: 'years.from' });
    expect(unquotedYear.message).toContain('đặt trong dấu ngoặc kép: "2022"');
  });

  it('rejects an unknown field (lĩnh vực) and an unknown kind, suggesting the right id', () => {
    const problems = run([...places(), ...sources(), model({ fields: ['kinh-tee'], kind: 'ca nhan' }), dataset(), article()]);
    expect(problems.map((p) => p.field).sort()).toEqual(['fields.0', 'kind']);
    const byField = new Map(problems.map((p) => [p.field, p.message]));
    expect(byField.get('fields.0')).toContain('lĩnh vực "kinh-tee" không có trong danh mục (enum); có phải "kinh-te"?');
    expect(byField.get('kind')).toContain('loại mô hình "ca nhan" không có trong danh mục (enum); có phải "ca-nhan"?');
    // A field written by its Vietnamese name finds its id.
    const named = only(run([...places(), ...sources(), model({ fields: ['Văn hóa – xã hội'] }), dataset(), article()]));
    expect(named.message).toContain('có phải "van-hoa-xa-hoi"?');
  });

  it('rejects an unknown frontmatter key, suggesting the closest known key', () => {
    const p = only(run([...places(), ...sources(), model(), dataset(), article({ summmary: 'x' })]));
    expect(p).toMatchObject({ file: 'content/articles/thach-ha.mdx', field: 'summmary' });
    expect(p.message).toContain('trường không có trong lược đồ (unknown key); có phải "summary"?');
    // A misspelt key inside a list item: the real key is then also missing, and both are said.
    const nested = run([...places(), ...sources(), model({ sources: [{ source: 'thach-ha-2022', say: 'x' }] }), dataset(), article()]);
    expect(nested.map((p) => p.field)).toEqual(['sources.0.says', 'sources.0.say']);
    expect(nested[1]!.message).toContain('có phải "says"?');
  });

  it('reports a dangling place reference with a suggestion', () => {
    const p = only(run([...places(), ...sources(), model({ place: 'thach-lac-x' }), dataset(), article()]));
    expect(p).toMatchObject({ file: 'content/models/nha-luoi.mdx', field: 'place' });
    expect(p.message).toContain('không có địa phương "thach-lac-x"');
    expect(p.message).toContain('có phải "thach-lac"?');
  });

  it('reports a dangling reference even in an entry with other errors, and a malformed id with its slug', () => {
    const problems = run([
      ...places(),
      ...sources(),
      model({ place: 'thach-lac-x', kind: 'x' }),
      dataset({ place: 'Thạch Hà' }),
      article(),
    ]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/models/nha-luoi.mdx kind',
      'content/models/nha-luoi.mdx place',
      'content/stats/thach-ha-2022.json place',
    ]);
    expect(problems[2]!.message).toBe(
      'mã "Thạch Hà" không đúng dạng (slug): chỉ dùng chữ thường không dấu, số và dấu gạch ngang; có phải "thach-ha"?',
    );
  });

  it('reports dangling model, article and dataset references', () => {
    const problems = run([
      ...places(),
      ...sources(),
      model(),
      dataset({ article: 'khong-co' }),
      article({ models: ['nha-luoi', 'nha-loi'], datasets: ['x'] }),
    ]);
    expect(problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual([
      'content/articles/thach-ha.mdx datasets.0',
      'content/articles/thach-ha.mdx models.1',
      'content/stats/thach-ha-2022.json article',
    ]);
  });

  it('reports a duplicate id, including names that collide once tone marks are removed', () => {
    const dup = { ...places()[2]!, data: { id: 'thach-lac', name: 'Thạch Lạc', level: 'xã', parent: 'thach-ha' } };
    const problems = run([...places(), dup, ...sources(), model(), dataset(), article()]);
    expect(only(problems).message).toContain('trùng mã');
    const toned: RawEntry = { ...model(), file: 'content/models/nhà-lưới.mdx', id: 'nhà-lưới' };
    const collisions = run([...places(), ...sources(), model(), toned, dataset(), article()]);
    expect(collisions.some((p) => p.file === 'content/models/nhà-lưới.mdx' && p.message.includes('trùng mã'))).toBe(true);
    expect(collisions.some((p) => p.message.includes('đổi tên thành "nha-luoi"'))).toBe(true);
  });

  it('fails parts that do not sum to their total, naming the relation', () => {
    const broken = dataset();
    (broken.data as { observations: { value: number }[] }).observations[1]!.value = 35;
    const p = only(run([...places(), ...sources(), model(), broken, article()]));
    expect(p).toMatchObject({ file: 'content/stats/thach-ha-2022.json', field: 'relations.0' });
    expect(p.message).toContain('35 + 104 ≠ 138');
  });

  it('rejects a chart with nothing comparable to draw', () => {
    const mixed = dataset({
      observations: [
        { id: 'tap-the', label: 'Tập thể', value: 12, unit: 'tập thể' },
        { id: 'ca-nhan', label: 'Cá nhân', value: 19, unit: 'cá nhân' },
      ],
      relations: [],
    });
    const p = only(run([...places(), ...sources(), model(), mixed, article({}, '<ModelCard of="nha-luoi" />')]));
    expect(p).toMatchObject({ file: 'content/stats/thach-ha-2022.json', field: 'chart' });
    expect(p.message).toContain('"chart": "none"');
    const none = dataset({ ...(mixed.data as Record<string, unknown>), chart: 'none' });
    expect(run([...places(), ...sources(), model(), none, article({}, '<ModelCard of="nha-luoi" />')])).toEqual([]);
  });

  it('reports a wrong sum even when the dataset has other errors', () => {
    const broken = dataset({ summary: '' });
    (broken.data as { observations: { value: number }[] }).observations[1]!.value = 35;
    const problems = run([...places(), ...sources(), model(), broken, article()]);
    expect(problems.map((p) => p.field)).toEqual(['summary', 'relations.0']);
    expect(problems[1]!.message).toContain('35 + 104 ≠ 138');
  });

  it('rejects a percentage over 100 and a negative count', () => {
    const problems = run([
      ...places(),
      ...sources(),
      model(),
      dataset({
        observations: [
          { id: 'tong', label: 'Tổng', value: 138, unit: 'mô hình' },
          { id: 'kinh-te', label: 'Kinh tế', value: -34, unit: 'mô hình' },
          { id: 'khac', label: 'Khác', value: 104, unit: 'mô hình' },
          { id: 'ty-le', label: 'Tỷ lệ', value: 215.3, unit: '%' },
        ],
      }),
      article(),
    ]);
    expect(problems.map((p) => p.field).sort()).toEqual(['observations.1.value', 'observations.3.value']);
    expect(problems.map((p) => p.message).sort()).toEqual([
      'số liệu không được âm (value): ghi con số như nguồn; nếu nguồn nói “giảm”, ghi số dương và nói rõ trong label',
      'tỷ lệ phần trăm không được vượt quá 100 (value); nếu là % so với kế hoạch, dùng percentOfTarget',
    ]);
  });

  it('rejects a figure without a source', () => {
    const p = only(
      run([
        ...places(),
        ...sources(),
        model({ facts: [{ id: 'dien-tich', label: 'Diện tích', value: 4200, unit: 'm²' }] }),
        dataset(),
        article(),
      ]),
    );
    expect(p).toMatchObject({ field: 'facts.0.source' });
  });

  it('rejects an image without alt text, in frontmatter and in the body', () => {
    const problems = run([
      ...places(),
      ...sources(),
      model({ image: { src: '/a.svg', alt: '' } }, 'Ảnh: ![](/a.svg)\n\n<Fact of="nha-luoi#dien-tich" />'),
      dataset(),
      article(),
    ]);
    expect(problems.map((p) => p.field).sort()).toEqual(['image.alt', 'nội dung, dòng 12']);
  });

  it('rejects an unknown MDX component and broken MDX syntax, with the line', () => {
    const unknown = only(
      run([...places(), ...sources(), model({}, 'Dòng một.\n\n<Figur of="thach-ha-2022#tong" />'), dataset(), article()]),
    );
    expect(unknown.message).toContain('<Figur>');
    expect(unknown.message).toContain('có phải <Figure>?');
    expect(unknown.field).toBe('nội dung, dòng 14');
    const broken = only(run([...places(), ...sources(), model({}, 'Sai <Figure of= \n'), dataset(), article()]));
    expect(broken.message).toContain('MDX sai cú pháp (syntax error): dấu < mở một thẻ không hợp lệ');
    const unclosed = only(run([...places(), ...sources(), model({}, 'Diện tích <Fact of="nha-luoi#dien-tich">.'), dataset(), article()]));
    expect(unclosed).toMatchObject({ field: 'nội dung, dòng 12' });
    expect(unclosed.message).toContain('thẻ <Fact> chưa đóng: viết <Fact … />');
  });

  it('rejects figure references to missing observations', () => {
    const p = only(
      run([
        ...places(),
        ...sources(),
        model(),
        dataset(),
        article({}, '<Figure of="thach-ha-2022#tongg" />\n\n<ModelCard of="nha-luoi" />'),
      ]),
    );
    expect(p.message).toContain('không có số liệu "tongg"; có phải "tong"?');
  });

  it('rejects a draft linked from a published page, only in production', () => {
    const entries = [...places(), ...sources(), model({ draft: true }), dataset(), article()];
    const problems = run(entries);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.message.includes('bản nháp'))).toBe(true);
    expect(run(entries, false)).toEqual([]);
  });

  it('lists every problem, not just the first', () => {
    const problems = run([...places(), ...sources(), model({ place: 'x' }), dataset({ place: 'y' }), article({ source: 'z' })]);
    expect(problems.map((p) => p.field).sort()).toEqual(['place', 'place', 'source']);
  });
});

describe('MDX components', () => {
  it('the checker knows exactly the components pages provide', () => {
    // Read as text: importing .astro files needs Astro's compiler, which unit tests do without.
    const source = readFileSync(new URL('../components/mdx/index.ts', import.meta.url), 'utf8');
    const provided = /mdxComponents = \{([^}]*)\}/
      .exec(source)?.[1]
      ?.split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    expect(provided?.sort()).toEqual([...MDX_COMPONENTS].sort());
  });
});
