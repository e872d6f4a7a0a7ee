/**
 * Turns a Zod issue into a message a press officer can act on: what is wrong, in Vietnamese with
 * the English term in parentheses, and how to fix it (the closest valid key or value, the value
 * written the right way, what a missing field is for).
 */
import type { z } from 'astro/zod';
import { DATE_PATTERN, SLUG_PATTERN } from '../schemas/common.ts';
import { parsePartialDate } from './dates.ts';
import type { Row } from './schema-docs.ts';
import { slugify } from './slugify.ts';
import { closest } from './suggest.ts';
import { describeDifference, looksAlike } from './text-normal.ts';

export type Issue = z.core.$ZodIssue;

export interface Explained {
  /** Path of the field the message is about (for an unknown key, the key itself). */
  path: PropertyKey[];
  message: string;
}

/** ['facts', 0, 'value'] → 'facts[].value', the form the field index uses. */
export function schemaPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? '[]' : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
}

/** A value as the writer typed it: strings in double quotes. */
const show = (value: unknown): string => {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value) ?? String(value);
};

/** What kind of value this is, in words. */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'trống';
  if (Array.isArray(value)) return 'danh sách';
  if (value instanceof Date) return 'ngày';
  switch (typeof value) {
    case 'string':
      return 'chữ';
    case 'number':
      return 'số';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'nhóm trường';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'chữ',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách',
  object: 'nhóm trường',
  date: 'ngày',
};

/** The field index writes types for Markdown; terminals show plain quotes. */
const plain = (text: string) => text.replace(/`/g, '"');

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** "4.200" → 4200 and "1,5" → 1.5, the Vietnamese ways of writing numbers, as JSON wants them. */
function asNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/\s/g, '');
  if (!/^-?[\d.,]+$/.test(cleaned)) return undefined;
  const normalised = cleaned.includes(',') ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned.replace(/\.(?=\d{3}(?:\.|$))/g, '');
  const number = Number(normalised);
  return Number.isFinite(number) ? number : undefined;
}

function typeFix(expected: string, input: unknown): string {
  if ((expected === 'number' || expected === 'int') && typeof input === 'string') {
    const number = asNumber(input);
    return number === undefined
      ? 'ghi một con số, không kèm chữ hay đơn vị (đơn vị ghi ở trường unit)'
      : `viết ${number} (không có dấu ngoặc kép, không có dấu chấm phân cách hàng nghìn; phần thập phân dùng dấu chấm)`;
  }
  if (expected === 'boolean') return 'viết true hoặc false, không có dấu ngoặc kép';
  if (expected === 'array') return `viết dạng danh sách trong ngoặc vuông, ví dụ [${typeof input === 'string' ? input : '…'}]`;
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean'))
    return `đặt trong dấu ngoặc kép: "${String(input)}"`;
  if (expected === 'object') return 'viết dạng nhóm trường { tên: giá trị, … } như ví dụ trong CONTRIBUTING.md';
  return `cần ${EXPECTED[expected] ?? expected}`;
}

/** Why a date-like text is not a date, and what to write instead. */
function dateFix(input: unknown): string {
  const text = input instanceof Date ? input.toISOString().slice(0, 10) : String(input);
  if (typeof input === 'number') return `đặt trong dấu ngoặc kép: "${text}"`;
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (vietnamese) {
    const [, day, month, year] = vietnamese;
    return `viết theo thứ tự năm-tháng-ngày: "${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}"`;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso && !parsePartialDate(text)) {
    const month = Number(iso[2]);
    if (month < 1 || month > 12) return `tháng ${iso[2]} không có thật; kiểm tra lại với nguồn`;
    const days = new Date(Date.UTC(Number(iso[1]), month, 0)).getUTCDate();
    return `tháng ${month}/${iso[1]} chỉ có ${days} ngày; kiểm tra lại với nguồn`;
  }
  return 'viết dạng "YYYY-MM-DD", "YYYY-MM" hoặc "YYYY", ví dụ "2022-12-23"';
}

/** The closest allowed value: "Kinh tế" and "ca nhan" find their ids; a typo finds its neighbour. */
function closestValue(input: unknown, values: readonly unknown[]): string | undefined {
  if (typeof input !== 'string') return undefined;
  const options = values.map(String);
  return options.find((v) => slugify(v) === slugify(input)) ?? closest(input, options);
}

const ENUM_NOUN: Record<string, string> = {
  fields: 'lĩnh vực',
  'observations[].field': 'lĩnh vực',
  kind: 'loại mô hình',
  level: 'cấp hành chính',
  'lead.type': 'loại chủ thể',
  chart: 'kiểu biểu đồ',
  status: 'giai đoạn',
};

/**
 * One or more messages for one issue. `input` is the value at the issue's path (Zod reports it
 * with `reportInput: true`); `fields` describes the schema's fields by path.
 */
export function explainIssue(issue: Issue, fields: Map<string, Row>): Explained[] {
  const where = schemaPath(issue.path);
  const row = fields.get(where);
  const input = issue.input;
  const one = (message: string): Explained[] => [{ path: issue.path, message }];

  if (issue.code === 'unrecognized_keys') {
    const prefix = where ? `${where}.` : '';
    const known = [...fields.keys()]
      .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('.'))
      .map((p) => p.slice(prefix.length));
    const allowed = known.map((k) => k.replace(/\[\]$/, ''));
    return issue.keys.map((key) => {
      const guess = closest(key, allowed);
      return {
        path: [...issue.path, key],
        message: `trường không có trong lược đồ (unknown key)${guess ? `; có phải "${guess}"?` : '.'} Sửa tên trường hoặc xóa dòng này. Các trường dùng được ở đây: ${allowed.join(', ')}`,
      };
    });
  }

  const isDate = row?.node.pattern === DATE_PATTERN;
  // Blank values: a field the writer has not filled yet (the stubs `npm run new` writes are blank).
  // A refinement's own message (e.g. an image's missing alt text) says more, except for dates.
  const ownMessage = (issue.code === 'too_small' && issue.message !== 'không được để trống') || (issue.code === 'custom' && !isDate);
  if (isBlank(input) && !ownMessage) {
    const what = row ? ` ${row.description} Giá trị: ${plain(row.type)}.` : '';
    if (row?.required !== false || input === undefined) return one(`thiếu trường bắt buộc (required) —${what}`);
    return one(`để trống (empty): điền giá trị, hoặc xóa dòng này nếu không dùng —${what}`);
  }

  if (isDate && (issue.code === 'custom' || issue.code === 'invalid_union' || issue.code === 'invalid_type')) {
    return one(`ngày ${show(input)} không hợp lệ (date): ${dateFix(input)}`);
  }

  switch (issue.code) {
    case 'invalid_type':
      return one(
        `sai kiểu dữ liệu (type): cần ${EXPECTED[issue.expected] ?? issue.expected}, đang là ${kindOf(input)} ${show(input)}. Sửa: ${typeFix(issue.expected, input)}`,
      );
    case 'invalid_value': {
      const noun = ENUM_NOUN[where.replace(/\[\]$/, '')] ?? ENUM_NOUN[where] ?? 'giá trị';
      const guess = closestValue(input, issue.values);
      // A value that looks exactly like an allowed one (another alphabet's letter, an invisible character):
      // say so, with the code points that differ, since the two strings print the same.
      if (typeof input === 'string') {
        const twin = issue.values.map(String).find((v) => looksAlike(input, v));
        if (twin !== undefined) {
          return one(
            `${noun} ${show(input)} trông giống "${twin}" nhưng khác mã ký tự (look-alike): ${describeDifference(input, twin)}. Xóa và gõ lại bằng bộ gõ tiếng Việt (Unicode dựng sẵn), hoặc chép "${twin}"`,
          );
        }
      }
      return one(
        `${noun} ${show(input)} không có trong danh mục (enum)${guess ? `; có phải "${guess}"?` : '.'} Dùng một trong: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`,
      );
    }
    case 'invalid_format':
      if (issue.pattern === String(new RegExp(SLUG_PATTERN)) && typeof input === 'string') {
        return one(
          `mã ${show(input)} không đúng dạng (slug): chỉ dùng chữ thường không dấu, số và dấu gạch ngang; có phải "${slugify(input)}"?`,
        );
      }
      return one(issue.message);
    case 'too_big':
      if (issue.origin === 'string' && typeof input === 'string')
        return one(`${issue.message}: hiện có ${input.length} ký tự, rút gọn lại`);
      return one(issue.message);
    default:
      return one(issue.message);
  }
}
