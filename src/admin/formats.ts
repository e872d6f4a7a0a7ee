/**
 * How the admin reads and writes content files. Decap CMS would re-serialise every file it saves
 * (re-quoting YAML, reordering keys, reflowing JSON); these formats keep what the writer did not touch:
 *
 * - a file saved unchanged is written back byte for byte as it was read;
 * - a changed file is the original YAML document with only the changed keys replaced, so the rest keeps
 *   its quoting and flow style; a new file is plain YAML (strings that look like dates are quoted);
 * - the body is raw Markdown: MDX components such as <Figure of="…" /> are never escaped or rewritten.
 */
import { Document, isMap, parse, parseDocument, stringify } from 'yaml';
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
export const saving: { original?: string } = {};

const yamlOptions = { lineWidth: 0, schema: 'yaml-1.1' as const };

/** YAML for `data`: the original document edited in place when there is one, else fresh YAML. */
function frontmatterText(data: Data, original?: string): string {
  if (original === undefined) return stringify(data, yamlOptions);
  const doc = parseDocument(original);
  const before = (doc.toJS() ?? {}) as Data;
  if (!isMap(doc.contents)) return stringify(data, yamlOptions);
  for (const key of Object.keys(before)) if (!(key in data)) doc.delete(key);
  for (const [key, value] of Object.entries(data)) {
    if (canonical(before[key]) !== canonical(value)) doc.set(key, new Document(value, yamlOptions).contents);
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
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
      return `${JSON.stringify(data, null, 2)}\n`;
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
      return `${JSON.stringify(data.items ?? [], null, 2)}\n`;
    },
  };
}
