/**
 * Reads content/ from disk without Astro, so the same checks run in `npm run check`, in tests
 * and at the start of every build.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readJson, numberProblem, type ValueProblem } from './json-reader.ts';
import { nfcDeep } from './text-normal.ts';
import { fileTooBig, LIMITS } from './limits.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { isPhotoPath, PHOTO_PATH, readPhotoFile, type PhotoFile } from './photos.ts';

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
  /** Values the file holds that would be read differently from what was typed (duplicate keys, -0, 1e309…). */
  valueProblems?: ValueProblem[];
  /** Dotted paths of text that was not in Unicode NFC form in the file (now normalised). */
  notNfc?: string[];
  /** The uploaded photo `image.src` names ("anh/ten-anh.jpg"), as found on disk (src/lib/photos.ts). */
  photo?: PhotoFile;
}

/** Where to read content from. */
export interface ReadOptions {
  /**
   * A second project root to look for photos in when `root` lacks them: the admin checks a change in a
   * copy of content/ that leaves the photos out (src/admin/server.ts).
   */
  photoFallback?: string;
  /** Photos (paths from the root) to treat as deleted, even where `photoFallback` still has them. */
  photosRemoved?: readonly string[];
}

/** The photo an entry's `image.src` names, if it names one that could be a photo (see photoPathProblem). */
function photoOf(root: string, entryPath: string, data: unknown, options: ReadOptions): PhotoFile | undefined {
  const src = (data as { image?: { src?: unknown } } | undefined)?.image?.src;
  if (typeof src !== 'string' || !isPhotoPath(src) || !PHOTO_PATH.test(src)) return undefined;
  const file = relative(root, join(dirname(entryPath), src));
  const found = readPhotoFile(join(root, file), file);
  if (found.bytes !== undefined || !options.photoFallback || options.photosRemoved?.includes(file)) return found;
  return readPhotoFile(join(options.photoFallback, file), file);
}

/** The message for a file that starts with a byte-order mark. */
export const BOM_MESSAGE = 'tệp bắt đầu bằng ký tự BOM (U+FEFF); lưu lại dưới dạng UTF-8 không BOM';

/** Numbers in parsed YAML that are not what was typed (YAML has no location per value here, only the path). */
function yamlNumberProblems(value: unknown, path: (string | number)[] = []): ValueProblem[] {
  if (typeof value === 'number') {
    const problem = numberProblem(value, String(value));
    return problem ? [{ path, message: problem }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => yamlNumberProblems(item, [...path, i]));
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => yamlNumberProblems(item, [...path, key]));
  }
  return [];
}

function readMdx(root: string, collection: CollectionName, dir: string, options: ReadOptions): RawEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') || name.endsWith('.md'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const file = relative(root, path);
      const id = name.replace(/\.mdx?$/, '');
      const tooBig = fileTooBig(statSync(path).size, LIMITS.mdxFile, 'một tệp MDX');
      if (tooBig) return { collection, file, id, data: undefined, parseError: tooBig };
      const raw = readFileSync(path, 'utf8');
      if (raw.startsWith('\uFEFF')) return { collection, file, id, data: undefined, parseError: BOM_MESSAGE };
      const source = raw.normalize('NFC');
      const parts = splitFrontmatter(source);
      if (!parts) {
        return { collection, file, id, data: undefined, parseError: 'thiếu phần khai báo đầu tệp (frontmatter) nằm giữa hai dòng ---' };
      }
      try {
        const data: unknown = parseYaml(parts.frontmatter) ?? {};
        const valueProblems = yamlNumberProblems(data);
        const rawParts = source === raw ? undefined : splitFrontmatter(raw);
        const notNfc = rawParts ? nfcDeep(parseYaml(rawParts.frontmatter) ?? {}).changed : [];
        if (rawParts && rawParts.body !== parts.body) notNfc.push('nội dung');
        const photo = photoOf(root, path, data, options);
        return {
          collection,
          file,
          id,
          data,
          body: parts.body,
          bodyLine: parts.bodyLine,
          ...(valueProblems.length ? { valueProblems } : {}),
          ...(notNfc.length ? { notNfc } : {}),
          ...(photo ? { photo } : {}),
        };
      } catch (error) {
        return {
          collection,
          file,
          id,
          data: undefined,
          parseError: yamlMessage(error as Error & { code?: string; linePos?: { line: number }[] }),
        };
      }
    });
}

/** A YAML error in words an editor can act on; the line counts from the top of the file (after the first ---). */
function yamlMessage(error: Error & { code?: string; linePos?: { line: number }[] }): string {
  const line = error.linePos?.[0]?.line;
  const at = line ? ` ở dòng ${line + 1}` : '';
  if (error.code === 'DUPLICATE_KEY')
    return `phần đầu tệp (frontmatter) có một trường bị lặp (duplicate key)${at}: YAML chỉ giữ một giá trị; xóa một trong hai dòng`;
  return `frontmatter sai cú pháp YAML${at}: ${error.message.split('\n')[0]}`;
}

function readJsonFile(
  path: string,
  limit: number,
  what: string,
): { data?: unknown; error?: string; valueProblems: ValueProblem[]; notNfc: string[] } {
  const tooBig = fileTooBig(statSync(path).size, limit, what);
  if (tooBig) return { error: tooBig, valueProblems: [], notNfc: [] };
  const raw = readFileSync(path, 'utf8');
  if (raw.startsWith('\uFEFF')) return { error: BOM_MESSAGE, valueProblems: [], notNfc: [] };
  const read = readJson(raw);
  if (read.error !== undefined) return { error: read.error, valueProblems: [], notNfc: [] };
  const { value, changed } = nfcDeep(read.data);
  return { data: value, valueProblems: read.problems, notNfc: changed };
}

function readJsonDir(root: string, collection: CollectionName, dir: string): RawEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const { data, error, valueProblems, notNfc } = readJsonFile(path, LIMITS.datasetFile, 'một bộ số liệu');
      return {
        collection,
        file: relative(root, path),
        id: name.replace(/\.json$/, ''),
        data,
        ...(error ? { parseError: error } : {}),
        ...(valueProblems.length ? { valueProblems } : {}),
        ...(notNfc.length ? { notNfc } : {}),
      };
    });
}

function readJsonList(root: string, collection: CollectionName, path: string): RawEntry[] {
  const file = relative(root, path);
  if (!existsSync(path)) return [{ collection, file, id: '', data: undefined, parseError: 'không tìm thấy tệp' }];
  const { data, error, valueProblems, notNfc } = readJsonFile(path, LIMITS.listFile, file);
  if (error) return [{ collection, file, id: '', data: undefined, parseError: error }];
  if (!Array.isArray(data)) return [{ collection, file, id: '', data: undefined, parseError: 'tệp phải là một mảng JSON [ … ]' }];
  return data.map((item: unknown, index) => {
    const id = typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : `[${index}]`;
    // Problems and non-NFC text of this item, with paths inside it.
    const own = valueProblems.filter((p) => p.path[0] === index).map((p) => ({ ...p, path: p.path.slice(1) }));
    const prefix = `${index}.`;
    const nfc = notNfc.filter((p) => p === String(index) || p.startsWith(prefix)).map((p) => p.slice(prefix.length));
    return { collection, file, id, data: item, ...(own.length ? { valueProblems: own } : {}), ...(nfc.length ? { notNfc: nfc } : {}) };
  });
}

/** Every content entry under `<root>/content`, unvalidated. */
export function readContent(root: string, options: ReadOptions = {}): RawEntry[] {
  const content = join(root, 'content');
  return [
    ...readJsonList(root, 'places', join(content, 'places.json')),
    ...readJsonList(root, 'sources', join(content, 'sources.json')),
    ...readMdx(root, 'articles', join(content, 'articles'), options),
    ...readMdx(root, 'models', join(content, 'models'), options),
    ...readJsonDir(root, 'stats', join(content, 'stats')),
  ];
}
