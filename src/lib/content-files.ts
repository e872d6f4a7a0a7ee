/**
 * Reads content/ from disk without Astro, so the same checks run in `npm run check`, in tests
 * and at the start of every build.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from './frontmatter.ts';

export { splitFrontmatter };

export type CollectionName = 'places' | 'sources' | 'articles' | 'models' | 'stats';

export interface RawEntry {
  collection: CollectionName;
  /** Path relative to the project root, e.g. "content/models/nha-luoi.mdx". */
  file: string;
  /** Entry id: the file name without extension, or the "id" of an item in places/sources.json. */
  id: string;
  /** Parsed frontmatter or JSON; undefined when the file could not be parsed. */
  data: unknown;
  /** MDX body after the frontmatter. */
  body?: string;
  /** Line in the file where the body starts (1-based), for error positions. */
  bodyLine?: number;
  /** Why the file could not be parsed. */
  parseError?: string;
}

function readMdx(root: string, collection: CollectionName, dir: string): RawEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') || name.endsWith('.md'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const file = relative(root, path);
      const id = name.replace(/\.mdx?$/, '');
      const source = readFileSync(path, 'utf8');
      const parts = splitFrontmatter(source);
      if (!parts) {
        return { collection, file, id, data: undefined, parseError: 'thiếu phần khai báo đầu tệp (frontmatter) nằm giữa hai dòng ---' };
      }
      try {
        const data: unknown = parseYaml(parts.frontmatter) ?? {};
        return { collection, file, id, data, body: parts.body, bodyLine: parts.bodyLine };
      } catch (error) {
        return {
          collection,
          file,
          id,
          data: undefined,
          parseError: `frontmatter sai cú pháp YAML: ${(error as Error).message.split('\n')[0]}`,
        };
      }
    });
}

function readJsonFile(path: string): { data?: unknown; error?: string } {
  try {
    return { data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    return { error: `JSON sai cú pháp: ${(error as Error).message}` };
  }
}

function readJsonDir(root: string, collection: CollectionName, dir: string): RawEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const { data, error } = readJsonFile(path);
      return {
        collection,
        file: relative(root, path),
        id: name.replace(/\.json$/, ''),
        data,
        ...(error ? { parseError: error } : {}),
      };
    });
}

function readJsonList(root: string, collection: CollectionName, path: string): RawEntry[] {
  const file = relative(root, path);
  if (!existsSync(path)) return [{ collection, file, id: '', data: undefined, parseError: 'không tìm thấy tệp' }];
  const { data, error } = readJsonFile(path);
  if (error) return [{ collection, file, id: '', data: undefined, parseError: error }];
  if (!Array.isArray(data)) return [{ collection, file, id: '', data: undefined, parseError: 'tệp phải là một mảng JSON [ … ]' }];
  return data.map((item: unknown, index) => {
    const id = typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : `[${index}]`;
    return { collection, file, id, data: item };
  });
}

/** Every content entry under `<root>/content`, unvalidated. */
export function readContent(root: string): RawEntry[] {
  const content = join(root, 'content');
  return [
    ...readJsonList(root, 'places', join(content, 'places.json')),
    ...readJsonList(root, 'sources', join(content, 'sources.json')),
    ...readMdx(root, 'articles', join(content, 'articles')),
    ...readMdx(root, 'models', join(content, 'models')),
    ...readJsonDir(root, 'stats', join(content, 'stats')),
  ];
}
