import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter, type RawEntry } from './content-files.ts';
import { checkContent } from './integrity.ts';
import { appendPlace, articleStub, datasetStub, modelStub, placeStub, slugForTitle, today } from './scaffold.ts';

// The stubs are checked against a tiny valid content set: the only problems must be the blanks.
const base: RawEntry[] = [
  {
    collection: 'places',
    file: 'content/places.json',
    id: 'ha-tinh',
    data: { id: 'ha-tinh', name: 'Hà Tĩnh', level: 'tỉnh', parent: null },
  },
  {
    collection: 'sources',
    file: 'content/sources.json',
    id: 'thach-ha-2022',
    data: { id: 'thach-ha-2022', title: 'Bài gốc', date: '2022-12-23', covers: { from: '2022' }, file: 'x.txt' },
  },
];
const mdxEntry = (collection: 'articles' | 'models', id: string, text: string): RawEntry => {
  const parts = splitFrontmatter(text)!;
  return {
    collection,
    file: `content/${collection}/${id}.mdx`,
    id,
    data: parseYaml(parts.frontmatter),
    body: parts.body,
    bodyLine: parts.bodyLine,
  };
};
const fieldsReported = (entry: RawEntry) => checkContent([...base, entry], { production: true }).problems.map((p) => p.field);

describe('slugForTitle', () => {
  it('removes tone marks and punctuation', () => {
    expect(slugForTitle('Thạch Hà: nhân rộng mô hình “Dân vận khéo”')).toBe('thach-ha-nhan-rong-mo-hinh-dan-van-kheo');
    expect(slugForTitle('Đường hoa Đồng Tháp')).toBe('duong-hoa-dong-thap');
  });
  it('cuts a long title at a word boundary', () => {
    const slug = slugForTitle('Huyện Thạch Hà đẩy mạnh phong trào thi đua Dân vận khéo gắn với xây dựng nông thôn mới nâng cao', 40);
    expect(slug).toBe('huyen-thach-ha-day-manh-phong-trao-thi');
    expect(slug.length).toBeLessThanOrEqual(40);
  });
});

describe('today', () => {
  it('is the date in Việt Nam, not in UTC', () => {
    expect(today(new Date('2026-11-23T18:30:00Z'))).toBe('2026-11-24');
    expect(today(new Date('2026-11-23T01:00:00Z'))).toBe('2026-11-23');
  });
});

describe('stubs', () => {
  it('a story stub has a comment per field, today as its date, is a draft, and the check lists exactly the blanks', () => {
    const text = articleStub('Bài: “thử”', '2026-11-23');
    expect(text).toContain('# Bắt buộc. Người biên soạn');
    expect(text).toContain("published: '2026-11-23'");
    const entry = mdxEntry('articles', 'bai-thu', text);
    expect(entry.data).toMatchObject({ title: 'Bài: “thử”', draft: true });
    expect(fieldsReported(entry)).toEqual(['summary', 'author', 'source']);
  });

  it('a model stub asks for its summary, kind, field, place and one source', () => {
    const entry = mdxEntry('models', 'mo-hinh-thu', modelStub('Mô hình thử', '2026-11-23'));
    expect(entry.data).toMatchObject({ name: 'Mô hình thử', added: '2026-11-23', draft: true });
    expect(fieldsReported(entry)).toEqual(['summary', 'kind', 'fields', 'place', 'sources.0.source', 'sources.0.says']);
  });

  it('a dataset stub points at its JSON Schema and asks for every required field', () => {
    const data: unknown = JSON.parse(datasetStub('Số liệu thử', '2026-11-23'));
    expect(data).toMatchObject({
      $schema: '../../src/schemas/generated/dataset.schema.json',
      title: 'Số liệu thử',
      published: '2026-11-23',
      version: 1,
      changes: [],
    });
    const problems = checkContent([...base, { collection: 'stats', file: 'content/stats/thu.json', id: 'thu', data }], {
      production: true,
    }).problems;
    expect(problems.map((p) => p.field)).toEqual([
      'summary',
      'place',
      'period.from',
      'asOf',
      'unit',
      'source',
      'observations.0.id',
      'observations.0.label',
      'observations.0.value',
      'observations.0.unit',
    ]);
    expect(problems.every((p) => p.message.startsWith('thiếu trường bắt buộc (required)'))).toBe(true);
  });

  it('a place is appended to places.json, the rest of the file untouched', () => {
    const before = '[\n  {\n    "id": "ha-tinh",\n    "name": "Hà Tĩnh",\n    "level": "tỉnh",\n    "parent": null\n  }\n]';
    const after = appendPlace(before, placeStub('thach-ha', 'Thạch Hà'));
    expect(after.startsWith(before.slice(0, -2))).toBe(true);
    const places = JSON.parse(after) as { id: string }[];
    expect(places.map((p) => p.id)).toEqual(['ha-tinh', 'thach-ha']);
    expect(after.endsWith('\n  }\n]')).toBe(true);
    expect(JSON.parse(appendPlace('[]\n', placeStub('a', 'A')))).toHaveLength(1);
    expect(() => appendPlace('{}', placeStub('a', 'A'))).toThrow(/mảng JSON/);
    const entry: RawEntry = { collection: 'places', file: 'content/places.json', id: 'thach-ha', data: places[1] };
    expect(fieldsReported(entry)).toEqual(['thach-ha.level', 'thach-ha.parent']);
  });
});
