/**
 * Everything generated from the Zod schemas for people: JSON Schemas for editors
 * (src/schemas/generated/) and the field reference in CONTRIBUTING.md. `npm run schemas` writes
 * both; a test fails when either is stale, so the documentation cannot drift from the contract.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/articles.ts';
import { DATE_PATTERN, FIGURE_REF_PATTERN, SLUG_PATTERN } from '../schemas/common.ts';
import { modelSchema } from '../schemas/models.ts';
import { placeSchema } from '../schemas/places.ts';
import { sourceSchema } from '../schemas/sources.ts';
import { datasetSchema } from '../schemas/stats.ts';
import { FIELDS, MODEL_KINDS, QUALIFIERS } from './vocabulary.ts';

export const GENERATED_DIR = 'src/schemas/generated';

interface SchemaFile {
  /** File name in src/schemas/generated/. */
  file: string;
  /** Heading in CONTRIBUTING.md. */
  heading: string;
  /** Which content files it describes. */
  applies: string;
  schema: z.ZodType;
}

export const SCHEMA_FILES: SchemaFile[] = [
  { file: 'article.schema.json', heading: 'Bài viết', applies: 'content/articles/*.mdx (phần đầu tệp)', schema: articleSchema },
  { file: 'model.schema.json', heading: 'Mô hình', applies: 'content/models/*.mdx (phần đầu tệp)', schema: modelSchema },
  { file: 'dataset.schema.json', heading: 'Bộ số liệu', applies: 'content/stats/*.json', schema: datasetSchema },
  {
    file: 'places.schema.json',
    heading: 'Địa phương',
    applies: 'content/places.json (mỗi mục)',
    schema: z.array(placeSchema).describe('Danh sách đơn vị hành chính, content/places.json.'),
  },
  {
    file: 'sources.schema.json',
    heading: 'Nguồn',
    applies: 'content/sources.json (mỗi mục)',
    schema: z.array(sourceSchema).describe('Danh sách bài gốc, content/sources.json.'),
  },
];

/** A JSON Schema node, as much of it as this module reads. */
export interface JsonNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
  enum?: unknown[];
  anyOf?: JsonNode[];
  pattern?: string;
  default?: unknown;
  minItems?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  format?: string;
}

/**
 * Draft-07 is what editors (VS Code's JSON service, the YAML language server) support best.
 * `io: 'input'` describes what a writer types (fields with a default are optional).
 */
export function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
    override: (ctx) => {
      const json = ctx.jsonSchema as JsonNode;
      // A partial date is a string in files; its Date branch (YAML's own dates) has no JSON form.
      if (json.pattern === DATE_PATTERN) delete json.anyOf;
    },
  }) as Record<string, unknown>;
}

/** File name → pretty-printed JSON, exactly as written to disk. */
export function generatedSchemas(): Map<string, string> {
  return new Map(SCHEMA_FILES.map(({ file, schema }) => [file, `${JSON.stringify(toJsonSchema(schema), null, 2)}\n`]));
}

// ---------------------------------------------------------------------------------------------
// Field reference for CONTRIBUTING.md

export const REFERENCE_START = '<!-- bảng-trường: bắt đầu. Phần này sinh tự động từ src/schemas/ bằng `npm run schemas`; đừng sửa tay. -->';
export const REFERENCE_END = '<!-- bảng-trường: kết thúc -->';

/** Names shown beside closed-set values. */
const VALUE_NAMES = new Map<string, string>([
  ...FIELDS.map((f) => [f.id, f.name] as [string, string]),
  ...MODEL_KINDS.map((k) => [k.id, k.name] as [string, string]),
  ...QUALIFIERS.map((q) => [q.id, q.id === 'exact' ? 'chính xác' : q.name] as [string, string]),
]);

const code = (value: unknown) => `\`${String(value)}\``;

/** "chữ", "số ≥ 0", "một trong: …" — the kind of value a writer types, in Vietnamese. */
export function describeType(node: JsonNode): string {
  if (node.enum) {
    return `một trong: ${node.enum.map((v) => (VALUE_NAMES.has(String(v)) ? `${code(v)} (${VALUE_NAMES.get(String(v))})` : code(v))).join(', ')}`;
  }
  if (node.anyOf) return node.anyOf.map(describeType).join(' hoặc ');
  const type = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  if (type.includes('null') && type.length > 1) {
    return `${describeType({ ...node, type: type.filter((t) => t !== 'null') })} hoặc ${code('null')}`;
  }
  switch (type[0]) {
    case 'string':
      if (node.pattern === SLUG_PATTERN) return 'mã (slug): chữ thường không dấu, số, gạch ngang';
      if (node.pattern === DATE_PATTERN) return 'ngày: "YYYY-MM-DD", "YYYY-MM" hoặc "YYYY"';
      if (node.pattern === FIGURE_REF_PATTERN) return 'tham chiếu số liệu: "bo-so-lieu#so-lieu"';
      if (node.format === 'uri') return 'địa chỉ web (URL)';
      if (node.pattern) return `chữ, dạng ${code(node.pattern)}`;
      return node.maxLength ? `chữ, tối đa ${node.maxLength} ký tự` : 'chữ';
    case 'number':
    case 'integer':
      if (node.exclusiveMinimum === 0) return 'số > 0';
      return node.minimum === 0 ? 'số ≥ 0' : 'số';
    case 'boolean':
      return '`true` hoặc `false`';
    case 'null':
      return code('null');
    case 'array': {
      const items = node.items ?? {};
      const of = items.type === 'object' ? 'mục (xem các dòng bên dưới)' : describeType(items);
      return `danh sách${node.minItems ? `, ít nhất ${node.minItems}` : ''}; mỗi phần tử: ${of}`;
    }
    case 'object':
      return 'nhóm trường (xem các dòng bên dưới)';
    default:
      return 'bất kỳ';
  }
}

export interface Row {
  /** "title", "lead.name", "facts[].id". */
  path: string;
  required: boolean;
  /** Kind of value, in Vietnamese words. */
  type: string;
  description: string;
  node: JsonNode;
}

/** One row per field, nested fields as "lead.name" and "facts[].id". */
export function fieldRows(node: JsonNode, prefix = ''): Row[] {
  const rows: Row[] = [];
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const path = `${prefix}${name}`;
    const defaultText = child.default !== undefined ? ` Mặc định: ${code(JSON.stringify(child.default))}.` : '';
    rows.push({
      path,
      required: node.required?.includes(name) ?? false,
      type: describeType(child),
      description: `${child.description ?? ''}${defaultText}`.trim(),
      node: child,
    });
    if (child.type === 'object') rows.push(...fieldRows(child, `${path}.`));
    if (child.type === 'array' && child.items?.type === 'object') rows.push(...fieldRows(child.items, `${path}[].`));
  }
  return rows;
}

// Angle brackets are escaped so that "<Fact of=…>" in a description is shown, not taken for HTML.
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, ' ');

/** The Markdown placed between the markers in CONTRIBUTING.md. */
export function fieldReference(): string {
  const sections = SCHEMA_FILES.map(({ file, heading, applies, schema }) => {
    let root = toJsonSchema(schema) as JsonNode;
    if (root.type === 'array' && root.items) root = root.items;
    const rows = fieldRows(root);
    return [
      `### ${heading}`,
      '',
      `${root.description ?? ''} Áp dụng cho ${code(applies)}; lược đồ JSON: \`${GENERATED_DIR}/${file}\`.`,
      '',
      '| trường | bắt buộc | kiểu giá trị | ý nghĩa |',
      '| --- | --- | --- | --- |',
      ...rows.map((r) => `| ${code(r.path)} | ${r.required ? '**có**' : 'không'} | ${cell(r.type)} | ${cell(r.description)} |`),
    ].join('\n');
  });
  return [REFERENCE_START, '', ...sections.flatMap((s) => [s, '']), REFERENCE_END].join('\n');
}

/** CONTRIBUTING.md with the part between the markers replaced; throws if the markers are missing. */
export function withFieldReference(document: string): string {
  const start = document.indexOf(REFERENCE_START);
  const end = document.indexOf(REFERENCE_END);
  if (start < 0 || end < start) throw new Error(`CONTRIBUTING.md thiếu hai dòng đánh dấu ${REFERENCE_START} … ${REFERENCE_END}`);
  return document.slice(0, start) + fieldReference() + document.slice(end + REFERENCE_END.length);
}

/** Every field of a schema by path ("facts[].id"), for messages that say what a field is for. */
export function fieldIndex(schema: z.ZodType): Map<string, Row> {
  let root = toJsonSchema(schema) as JsonNode;
  if (root.type === 'array' && root.items) root = root.items;
  return new Map(fieldRows(root).map((r) => [r.path, r]));
}
