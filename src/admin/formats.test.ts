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

  it('writes places.json and sources.json back unchanged, and a list edit as a JSON list', () => {
    for (const file of ['content/places.json', 'content/sources.json']) {
      const text = readFileSync(join(root, file), 'utf8');
      const format = jsonListFormat();
      saving.original = text;
      const data = format.fromFile(text);
      expect(format.toFile(data)).toBe(text);
      const items = data.items as unknown[];
      expect(JSON.parse(format.toFile({ items: items.slice(1) }))).toEqual(items.slice(1));
    }
  });
});
