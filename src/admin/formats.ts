/**
 * How the admin reads and writes content files. Decap CMS would re-serialise every file it saves
 * (re-quoting YAML, reordering keys, reflowing JSON); these formats keep what the writer did not touch:
 *
 * - a file saved unchanged is written back byte for byte as it was read;
 * - a changed file is the original YAML document with only the changed keys replaced, so the rest keeps
 *   its quoting and flow style; a new file is plain YAML (strings that look like dates are quoted);
 * - the body is raw Markdown: MDX components such as <Figure of="…" /> are never escaped or rewritten.
 */
import { parse, stringify } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter.ts';

type Data = Record<string, unknown>;

/** JSON with sorted keys: two values are the same data when their canonical texts are equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Decap leaves cleared optional values behind as undefined. */
function clean(data: Data): Data {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}

/**
 * The text of the file being saved, as it is on disk now; undefined for a new entry. main.ts sets it
 * just before each save (Decap's preSave event), since Decap gives a format only the data.
 */
export const saving: { original?: string | undefined } = {};

const yamlOptions = { lineWidth: 0, schema: 'yaml-1.1' as const };

/**
 * Splits a text into top-level blocks: a block starts at each line that `starts` matches (a top-level key)
 * and runs to the next one. Unchanged keys keep their block's exact text.
 */
function blocks(lines: string[], starts: RegExp): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines) {
    const key = starts.exec(line)?.[1];
    if (key !== undefined) out.set(key, (current = [line]));
    else current?.push(line);
  }
  return out;
}

/** The frontmatter with only the changed keys rewritten (in block YAML), new keys at the end. */
function frontmatterText(data: Data, original?: string): string {
  if (original === undefined) return stringify(data, yamlOptions);
  const before = (parse(original) as Data | null) ?? {};
  const kept = blocks(original.split('\n'), /^([^\s#:][^:]*):(?:\s|$)/);
  const keys = [...Object.keys(before).filter((k) => k in data), ...Object.keys(data).filter((k) => !(k in before))];
  return keys
    .map((key) =>
      canonical(before[key]) === canonical(data[key]) && kept.has(key)
        ? `${(kept.get(key) ?? []).join('\n')}\n`
        : stringify({ [key]: data[key] }, yamlOptions),
    )
    .join('');
}

/** A JSON value in the files' style: small objects and lists on one line, lists of objects one item a line. */
function jsonValue(value: unknown, indent: string): string {
  const inline = JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ').replace(/\[ /g, '[').replace(/ \]/g, ']');
  if (!Array.isArray(value) || (inline.length + indent.length <= 140 && !value.some((v) => v && typeof v === 'object'))) return inline;
  const inner = `${indent}  `;
  return `[\n${value.map((v) => `${inner}${jsonValue(v, inner)}`).join(',\n')}\n${indent}]`;
}

/**
 * An object written at `indent` (its keys one level deeper), with only the changed keys rewritten: an
 * unchanged key keeps its exact text from `original` (the object's own lines), new keys go at the end.
 * `value` writes a changed value in the file's style.
 */
function objectText(data: Data, original: string | undefined, indent: string, value: (v: unknown, indent: string) => string): string {
  const inner = `${indent}  `;
  const before = original === undefined ? {} : (JSON.parse(original) as Data);
  const kept =
    original === undefined ? new Map<string, string[]>() : blocks(original.split('\n'), new RegExp(`^${inner}"((?:[^"\\\\]|\\\\.)*)":`));
  const closing = new RegExp(`\\n${indent}\\}\\s*$`);
  const keys = [...Object.keys(before).filter((k) => k in data), ...Object.keys(data).filter((k) => !(k in before))];
  const lines = keys.map((key) => {
    const block = kept.get(key);
    if (block && canonical(before[key]) === canonical(data[key])) return block.join('\n').replace(/,\s*$/, '').replace(closing, '');
    return `${inner}${JSON.stringify(key)}: ${value(data[key], inner)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** JSON.stringify(value, null, 2) for a value that starts at `indent`. */
const expandedValue = (value: unknown, indent: string) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);

/** A dataset with only the changed keys rewritten; a new one in the same style. */
function jsonText(data: Data, original?: string): string {
  return `${objectText(data, original, '', jsonValue)}\n`;
}

/**
 * The items of a JSON list as the file writes them, one block of lines per item (`  {` … `  },`), or
 * undefined when the file is not laid out that way (or a block does not read back as its item).
 */
function itemBlocks(original: string): string[] | undefined {
  const items = JSON.parse(original) as unknown;
  if (!Array.isArray(items)) return undefined;
  const out: string[] = [];
  let current: string[] | undefined;
  for (const line of original.split('\n').slice(1)) {
    if (current === undefined && line.startsWith('  {')) current = [];
    if (current === undefined) continue;
    current.push(line);
    if (/^ {2}\},?$/.test(line) || (current.length === 1 && /\},?$/.test(line))) {
      out.push(current.join('\n').replace(/,$/, ''));
      current = undefined;
    }
  }
  const same = out.length === items.length && out.every((block, i) => canonical(JSON.parse(block)) === canonical(items[i]));
  return same ? out : undefined;
}

/**
 * places.json or sources.json after an edit: items the writer did not touch keep their exact text, a
 * changed item has only its changed keys rewritten, a new item is written in the file's style.
 */
function listText(items: unknown[], original: string): string {
  const blocks = itemBlocks(original);
  const expanded = original === `${JSON.stringify(JSON.parse(original), null, 2)}\n`;
  if (!blocks) return `${JSON.stringify(items, null, 2)}\n`;
  const value = expanded ? expandedValue : jsonValue;
  const before = blocks.map((block) => JSON.parse(block) as unknown);
  const idOf = (item: unknown) => (item && typeof item === 'object' && 'id' in item ? String(item.id) : undefined);
  const unused = new Set(blocks.keys());
  const take = (index: number | undefined) => (index !== undefined && unused.delete(index) ? blocks[index] : undefined);
  const texts = items.map((item, i) => {
    const same = take([i, ...unused].find((j) => unused.has(j) && canonical(before[j]) === canonical(item)));
    if (same !== undefined) return same;
    const id = idOf(item);
    const edited = take([...unused].find((j) => id !== undefined && idOf(before[j]) === id));
    if (!item || typeof item !== 'object' || Array.isArray(item)) return `  ${value(item, '  ')}`;
    return `  ${objectText(item as Data, edited?.trimStart(), '  ', value)}`;
  });
  return `[\n${texts.join(',\n')}\n]\n`;
}

/** Stories and profiles: YAML frontmatter between two `---` lines, then the MDX body. */
export function mdxFormat() {
  const read = (content: string): Data => {
    const parts = splitFrontmatter(content);
    return parts ? { ...((parse(parts.frontmatter) as Data | null) ?? {}), body: parts.body } : { body: content };
  };
  return {
    fromFile: read,
    toFile(input: Data): string {
      const data = clean(input);
      const { original } = saving;
      if (original !== undefined && canonical(read(original)) === canonical(data)) return original;
      const { body = '', ...front } = data;
      const yaml = frontmatterText(front, original === undefined ? undefined : splitFrontmatter(original)?.frontmatter).replace(
        /\n?$/,
        '\n',
      );
      return `---\n${yaml}---\n${String(body)}`;
    },
  };
}

/** A dataset: one JSON object per file, two-space indent, as the files are written. */
export function jsonFormat() {
  return {
    fromFile: (content: string): Data => JSON.parse(content) as Data,
    toFile(input: Data): string {
      const data = clean(input);
      const { original } = saving;
      if (original !== undefined && canonical(JSON.parse(original)) === canonical(data)) return original;
      return jsonText(data, original);
    },
  };
}

/** places.json and sources.json hold a list; the admin edits it as the field `items`. */
export function jsonListFormat() {
  return {
    fromFile: (content: string): Data => ({ items: JSON.parse(content) as unknown }),
    toFile(input: Data): string {
      const data = clean(input);
      const { original } = saving;
      if (original !== undefined && canonical(JSON.parse(original)) === canonical(data.items)) return original;
      const items = Array.isArray(data.items) ? (data.items as unknown[]) : [];
      return original === undefined ? `${JSON.stringify(items, null, 2)}\n` : listText(items, original);
    },
  };
}
