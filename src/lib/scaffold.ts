/**
 * Stubs for `npm run new`: a new story, model, dataset or place with every required field present
 * and blank, each preceded by its description from the schema, so that `npm run check:content`
 * lists exactly the fields still to fill. Pure functions: scripts/new.ts does the file system.
 */
import type { z } from 'astro/zod';
import { articleSchema } from '../schemas/articles.ts';
import { modelSchema } from '../schemas/models.ts';
import { fieldIndex, type Row } from './schema-docs.ts';
import { slugify } from './slugify.ts';

export type ScaffoldKind = 'bai-viet' | 'mo-hinh' | 'so-lieu' | 'dia-phuong';

export const SCAFFOLD_KINDS: Record<ScaffoldKind, { noun: string; folder: string; extension: string; page: string }> = {
  'bai-viet': { noun: 'bài viết', folder: 'content/articles', extension: '.mdx', page: '/bai-viet/' },
  'mo-hinh': { noun: 'mô hình', folder: 'content/models', extension: '.mdx', page: '/mo-hinh/' },
  'so-lieu': { noun: 'bộ số liệu', folder: 'content/stats', extension: '.json', page: '/so-lieu/' },
  'dia-phuong': { noun: 'địa phương', folder: 'content/places.json', extension: '', page: '/dia-phuong/' },
};

export const isScaffoldKind = (value: string): value is ScaffoldKind => value in SCAFFOLD_KINDS;

/** A file-name slug from a title: tone marks removed, cut at a word boundary so names stay readable. */
export function slugForTitle(title: string, maxLength = 80): string {
  const full = slugify(title);
  if (full.length <= maxLength) return full;
  const cut = full.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength);
}

/** Today's date in Việt Nam, "YYYY-MM-DD", whatever the machine's time zone. */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** YAML comment lines for a field: its meaning, and whether it must be filled. */
function comment(row: Row | undefined, indent = ''): string[] {
  if (!row) return [];
  const need = row.required ? 'Bắt buộc' : 'Không bắt buộc';
  return [`${indent}# ${need}. ${row.description.replace(/\s+Mặc định:.*$/, '')}`];
}

/** Frontmatter lines: `fields` gives each key's value (undefined = blank, to be filled). */
function frontmatter(schema: z.ZodType, lines: [key: string, value: string | undefined][], header: string[]): string {
  const fields = fieldIndex(schema);
  const out = ['---', ...header.map((line) => `# ${line}`)];
  for (const [key, value] of lines) {
    if (key.startsWith('#')) {
      // An optional field, shown commented out so the writer knows it exists.
      const name = key.slice(1);
      out.push(...comment(fields.get(name)), `# ${name}: ${value ?? ''}`.trimEnd());
    } else {
      out.push(...comment(fields.get(key)), value === undefined ? `${key}:` : `${key}: ${value}`);
    }
  }
  out.push('---');
  return out.join('\n');
}

const yamlString = (text: string) => JSON.stringify(text);

const BODY_HELP = [
  'Viết ở đây, bằng Markdown: "## Tên mục" cho tiêu đề mục, một dòng trống giữa hai đoạn.',
  'Mỗi con số đã có trong content/, không gõ lại; dùng các thành phần:',
  '  <Figure of="bo-so-lieu#so-lieu" />   một số liệu trong content/stats/',
  '  <Fact of="mo-hinh#so-lieu" />        một số liệu trong phần facts của mô hình',
  '  <ModelCard of="mo-hinh" />           thẻ giới thiệu một mô hình',
  '  <DatasetTable of="bo-so-lieu" />     bảng số liệu kèm phần đối chiếu',
  '  <Chart of="bo-so-lieu" />            biểu đồ của bộ số liệu',
  '  <General>…</General>                 giải thích chung, không lấy từ nguồn',
  'Liên kết tới trang khác trên trang này: [chữ hiện ra](/mo-hinh/ma-mo-hinh/).',
  'Ảnh luôn có mô tả: ![mô tả ảnh](/minh-hoa/ten-anh.svg).',
  'Xóa khối ghi chú này khi viết xong.',
];

// The body is closed MDX (no {/* comments */}: see src/lib/mdx-policy.ts), so the help for it is a YAML comment
// at the end of the frontmatter, just above the body it describes.
const bodyHelp = (extra: string[] = []) =>
  ['# Phần nội dung, dưới dòng --- cuối cùng:', ...[...extra, ...BODY_HELP].map((line) => `#   ${line}`)].join('\n');
const withBodyHelp = (frontmatterText: string, extra: string[] = []) =>
  `${frontmatterText.replace(/\n---$/, `\n${bodyHelp(extra)}\n---`)}\n\n`;

const HEADER = [
  'Điền các trường còn trống, rồi chạy: npm run check:content (liệt kê trường còn thiếu hoặc sai).',
  'Dòng bắt đầu bằng # là ghi chú, không ảnh hưởng nội dung. Ý nghĩa từng trường: CONTRIBUTING.md, mục “Bảng trường”.',
];

export function articleStub(title: string, date: string): string {
  return withBodyHelp(
    `${frontmatter(
      articleSchema,
      [
        ['title', yamlString(title)],
        ['summary', undefined],
        ['published', `'${date}'`],
        ['#updated', `'${date}'`],
        ['author', undefined],
        ['source', undefined],
        ['places', '[]'],
        ['models', '[]'],
        ['datasets', '[]'],
        ['fields', '[]'],
        ['tags', '[]'],
        ['#image', '{ src: /minh-hoa/ten-anh.svg, alt: Mô tả ảnh }'],
        ['draft', 'true'],
      ],
      ['Bài viết mới (bản nháp).', ...HEADER],
    )}`,
  );
}

export function modelStub(name: string, date: string): string {
  const fields = fieldIndex(modelSchema);
  const head = frontmatter(
    modelSchema,
    [
      ['name', yamlString(name)],
      ['#aliases', '[]'],
      ['summary', undefined],
      ['kind', undefined],
      ['fields', '[]'],
      ['place', undefined],
      ['#lead', '{ name: Tên như nguồn in, type: cá nhân }'],
      ['#years', "{ from: '2022' }"],
      ['#status', 'đang thực hiện'],
      ['facts', '[]'],
    ],
    ['Mô hình mới (bản nháp).', ...HEADER],
  ).replace(/\n---$/, '');
  // `sources` is a list of pairs: one blank pair to fill.
  const sources = [
    ...comment(fields.get('sources')),
    'sources:',
    ...comment(fields.get('sources[].source'), '  '),
    '  - source:',
    ...comment(fields.get('sources[].says'), '    '),
    '    says:',
  ];
  const tail = [...comment(fields.get('added')), `added: '${date}'`, ...comment(fields.get('draft')), 'draft: true', '---'];
  return withBodyHelp([head, ...sources, ...tail].join('\n'), [
    'Mỗi số liệu của mô hình ghi trong facts (ở trên), kèm nguồn; trong bài dùng <Fact of="ma-mo-hinh#ma-so-lieu" />.',
    'Nên có mục "## Những điều nguồn chưa cho biết" khi nguồn không nêu năm bắt đầu, quy mô hay kết quả.',
  ]);
}

/** JSON has no comments: every field to fill is blank, and the check describes each one. */
export function datasetStub(title: string, date = today()): string {
  const stub = {
    $schema: '../../src/schemas/generated/dataset.schema.json',
    title,
    summary: '',
    place: '',
    period: { from: '' },
    asOf: '',
    unit: '',
    source: '',
    fields: [],
    observations: [{ id: '', label: '', value: null, unit: '' }],
    relations: [],
    chart: 'bar',
    notes: [],
    published: date,
    version: 1,
    changes: [],
  };
  return `${JSON.stringify(stub, null, 2)}\n`;
}

export function placeStub(id: string, name: string): Record<string, unknown> {
  return { id, name, level: '', parent: '' };
}

/**
 * places.json with one entry added at the end, the rest of the text untouched (so the diff shows
 * only the new place).
 */
export function appendPlace(placesJson: string, entry: Record<string, unknown>): string {
  const parsed: unknown = JSON.parse(placesJson);
  if (!Array.isArray(parsed)) throw new Error('content/places.json phải là một mảng JSON [ … ]');
  const block = JSON.stringify(entry, null, 2)
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  const close = /\]\s*$/.exec(placesJson);
  if (!close) throw new Error('content/places.json không kết thúc bằng ]');
  const before = placesJson.slice(0, close.index).trimEnd();
  const trailing = placesJson.slice(close.index + 1);
  return `${before}${parsed.length > 0 ? ',' : ''}\n${block}\n]${trailing}`;
}
