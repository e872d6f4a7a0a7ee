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

/** Decap leaves empty optional values behind as undefined, '' (typed then erased) or empty lists of its own. */
function clean(data: Data): Data {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}

/** The text each file was read as, by the canonical form of what it was read into. */
class Originals {
  private byData = new Map<string, { text: string; data: Data }>();
  remember(text: string, data: Data) {
    this.byData.set(canonical(data), { text, data });
  }
  exact(data: Data): string | undefined {
    return this.byData.get(canonical(data))?.text;
  }
  /** The original most like `data` (most equal top-level values, at least half), for a minimal edit. */
  closest(data: Data): { text: string; data: Data } | undefined {
    let best: { text: string; data: Data } | undefined;
    let bestScore = 0;
    const keys = Object.keys(data);
    for (const original of this.byData.values()) {
      const score = keys.filter((k) => canonical(original.data[k]) === canonical(data[k])).length;
      if (score > bestScore) [best, bestScore] = [original, score];
    }
    return bestScore * 2 >= keys.length ? best : undefined;
  }
}

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
  return doc.toString({ lineWidth: 0 });
}

/** Stories and profiles: YAML frontmatter between two `---` lines, then the MDX body. */
export function mdxFormat() {
  const originals = new Originals();
  const frontmatters = new Map<string, string>();
  return {
    fromFile(content: string): Data {
      const parts = splitFrontmatter(content);
      const data: Data = parts ? { ...((parse(parts.frontmatter) as Data | null) ?? {}), body: parts.body } : { body: content };
      originals.remember(content, data);
      if (parts) frontmatters.set(canonical(data), parts.frontmatter);
      return data;
    },
    toFile(input: Data): string {
      const data = clean(input);
      const same = originals.exact(data);
      if (same !== undefined) return same;
      const { body = '', ...front } = data;
      const closest = originals.closest(data);
      const original = closest ? frontmatters.get(canonical(closest.data)) : undefined;
      const yaml = frontmatterText(front, original).replace(/\n?$/, '\n');
      return `---\n${yaml}---\n${String(body)}`;
    },
  };
}

/** A dataset: one JSON object per file, two-space indent, as the files are written. */
export function jsonFormat() {
  const originals = new Originals();
  return {
    fromFile(content: string): Data {
      const data = JSON.parse(content) as Data;
      originals.remember(content, data);
      return data;
    },
    toFile(input: Data): string {
      const data = clean(input);
      return originals.exact(data) ?? `${JSON.stringify(data, null, 2)}\n`;
    },
  };
}

/** places.json and sources.json hold a list; the admin edits it as the field `items`. */
export function jsonListFormat() {
  const originals = new Originals();
  return {
    fromFile(content: string): Data {
      const data = { items: JSON.parse(content) as unknown };
      originals.remember(content, data);
      return data;
    },
    toFile(input: Data): string {
      const data = clean(input);
      return originals.exact(data) ?? `${JSON.stringify(data.items ?? [], null, 2)}\n`;
    },
  };
}
