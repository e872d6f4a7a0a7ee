import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonFormat, jsonListFormat, mdxFormat, saving } from './formats.ts';

const root = new URL('../..', import.meta.url).pathname;
const files = ['content/models', 'content/articles', 'content/stats'].flatMap((dir) =>
  readdirSync(join(root, dir)).map((name) => `${dir}/${name}`),
);
const formatFor = (file: string) => (file.endsWith('.json') ? jsonFormat() : mdxFormat());

afterEach(() => {
  saving.original = undefined;
});

describe('the admin’s file formats keep what the writer did not change', () => {
  it.each(files)('%s: unchanged data is written back byte for byte', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const format = formatFor(file);
    saving.original = text;
    expect(format.toFile(format.fromFile(text))).toBe(text);
  });

  it.each(files)('%s: a changed title rewrites that one line only', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const format = formatFor(file);
    saving.original = text;
    const data = format.fromFile(text);
    const key = 'title' in data ? 'title' : 'name';
    const edited = format.toFile({ ...data, [key]: `${String(data[key])} (sửa)` });
    const lines = text.split('\n');
    expect(edited.split('\n').filter((line, i) => line !== lines[i])).toHaveLength(1);
    expect(format.fromFile(edited)[key]).toBe(`${String(data[key])} (sửa)`);
  });

  it.each(files)('%s: a new file written from the same data reads back as the same data', (file) => {
    const format = formatFor(file);
    const data = format.fromFile(readFileSync(join(root, file), 'utf8'));
    expect(format.fromFile(format.toFile(data))).toEqual(data);
  });

  it('keeps <Figure of="…" /> in the middle of a sentence exactly as typed', () => {
    const format = mdxFormat();
    const body = 'Chỉ tiêu là <Figure of="a-b#c-d" /> hộ, và <Fact of="m#f" />.\n';
    const text = format.toFile({ name: 'Tên', draft: true, body });
    expect(text).toBe(`---\nname: Tên\ndraft: true\n---\n${body}`);
  });

  const lists = ['content/places.json', 'content/sources.json'];
  /** Lines of `after` that are not in `before`, and lines of `before` gone from `after` (as a diff shows them). */
  const diff = (before: string, after: string) => {
    const a = before.split('\n');
    const b = after.split('\n');
    let start = 0;
    while (start < a.length && a[start] === b[start]) start++;
    let end = 0;
    while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
    return { removed: a.slice(start, a.length - end), added: b.slice(start, b.length - end) };
  };
  const listFile = (file: string) => {
    const text = readFileSync(join(root, file), 'utf8');
    saving.original = text;
    const format = jsonListFormat();
    return { text, format, items: format.fromFile(text).items as Record<string, unknown>[] };
  };

  it.each(lists)('%s: written back unchanged byte for byte', (file) => {
    const { text, format, items } = listFile(file);
    expect(format.toFile({ items })).toBe(text);
  });

  it.each(lists)('%s: editing one item’s name or title rewrites that one line only', (file) => {
    const { text, format, items } = listFile(file);
    const key = 'name' in items[1]! ? 'name' : 'title';
    const edited = format.toFile({ items: items.map((item, i) => (i === 1 ? { ...item, [key]: `${String(item[key])} (sửa)` } : item)) });
    const { removed, added } = diff(text, edited);
    expect(removed).toEqual([`    ${JSON.stringify(key)}: ${JSON.stringify(items[1]![key])},`]);
    expect(added).toEqual([`    ${JSON.stringify(key)}: ${JSON.stringify(`${String(items[1]![key])} (sửa)`)},`]);
  });

  it.each(lists)('%s: removing an item removes its lines only; a new item is added in the file’s style', (file) => {
    const { text, format, items } = listFile(file);
    const removedItem = format.toFile({ items: items.filter((_, i) => i !== 2) });
    expect(JSON.parse(removedItem)).toEqual(items.filter((_, i) => i !== 2));
    // One run of lines taken out and nothing else touched.
    const { removed, added } = diff(text, removedItem);
    expect(added).toEqual([]);
    expect(removed.length).toBeGreaterThan(2);

    const copy = { ...items[0]!, id: 'moi' };
    const withNew = format.toFile({ items: [...items, copy] });
    expect(JSON.parse(withNew)).toEqual([...items, copy]);
    // Everything before stays as it was; the new item is laid out like the first one (the same text, but its id).
    const first = `${text.split('\n  },\n')[0]!.slice(2)}\n  }`.replace(`"id": ${JSON.stringify(items[0]!.id)}`, '"id": "moi"');
    expect(withNew).toBe(`${text.replace(/\n\]\n$/, '')},\n${first}\n]\n`);
  });
});
