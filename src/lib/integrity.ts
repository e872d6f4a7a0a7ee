/**
 * Validates all content at once: schemas, ids, cross-references, sums and MDX bodies.
 * Returns every problem found (never stops at the first), each with file, field and a fix.
 */
import { z } from 'astro/zod';
import { mdxToMdast } from 'satteri';
import { articleSchema, type ArticleData } from '../schemas/articles.ts';
import { modelSchema, type ModelData } from '../schemas/models.ts';
import { placeSchema, type Place } from '../schemas/places.ts';
import { sourceSchema, type Source } from '../schemas/sources.ts';
import { datasetSchema, type Dataset, type Observation } from '../schemas/stats.ts';
import { QUALIFIER_IDS } from './vocabulary.ts';
import type { CollectionName, RawEntry } from './content-files.ts';
import { chartSpec } from './chart-spec.ts';
import { explainIssue } from './explain.ts';
import { reconcile } from './reconcile.ts';
import { fieldIndex, type Row } from './schema-docs.ts';
import { slugify } from './slugify.ts';
import { versionProblems } from './versions.ts';
import { closest } from './suggest.ts';

z.config(z.locales.vi());

export interface Problem {
  /** File relative to the project root. */
  file: string;
  /** Dotted path of the field, e.g. "facts.0.source"; empty for the whole file. */
  field: string;
  /** What is wrong and how to fix it, in Vietnamese. */
  message: string;
}

/** Components an MDX body may use (provided by src/components/mdx). */
export const MDX_COMPONENTS = ['Figure', 'Fact', 'ModelCard', 'DatasetTable', 'Chart', 'General'] as const;

const SCHEMAS = {
  places: placeSchema,
  sources: sourceSchema,
  articles: articleSchema,
  models: modelSchema,
  stats: datasetSchema,
} as const;

/** Fields of each collection by path, for messages; built on first use. */
const fieldsCache = new Map<CollectionName, Map<string, Row>>();
const fieldsOf = (collection: CollectionName) => {
  let fields = fieldsCache.get(collection);
  if (!fields) fieldsCache.set(collection, (fields = fieldIndex(SCHEMAS[collection])));
  return fields;
};

const NOUN: Record<CollectionName, string> = {
  places: 'địa phương',
  sources: 'nguồn',
  articles: 'bài viết',
  models: 'mô hình',
  stats: 'bộ số liệu',
};

const FOLDER: Record<CollectionName, string> = {
  places: 'content/places.json',
  sources: 'content/sources.json',
  articles: 'content/articles/',
  models: 'content/models/',
  stats: 'content/stats/',
};

interface Valid<T> {
  entry: RawEntry;
  data: T;
}

export interface CheckedContent {
  places: Valid<Place>[];
  sources: Valid<Source>[];
  articles: Valid<ArticleData>[];
  models: Valid<ModelData>[];
  stats: Valid<Dataset>[];
}

export interface CheckOptions {
  /** In production, drafts are left out and linking to one is an error. */
  production: boolean;
}

function fieldPath(entry: RawEntry, path: readonly PropertyKey[]): string {
  const inner = path.map(String).join('.');
  // Items of places.json / sources.json are named by their id.
  if (entry.collection === 'places' || entry.collection === 'sources') return inner ? `${entry.id}.${inner}` : entry.id;
  return inner;
}

export function checkContent(entries: RawEntry[], options: CheckOptions): { problems: Problem[]; content: CheckedContent } {
  const problems: Problem[] = [];
  // One message per field: a value the schema rejected is not also reported as a dangling reference.
  const reported = new Set<string>();
  const report = (entry: RawEntry, path: readonly PropertyKey[] | string, message: string) => {
    const field = typeof path === 'string' ? path : fieldPath(entry, path);
    reported.add(`${entry.file}\u0000${field}`);
    problems.push({ file: entry.file, field, message });
  };
  const alreadyReported = (entry: RawEntry, path: readonly PropertyKey[]) => reported.has(`${entry.file}\u0000${fieldPath(entry, path)}`);

  const content: CheckedContent = { places: [], sources: [], articles: [], models: [], stats: [] };

  // 1. Parse and schema-validate every entry.
  for (const entry of entries) {
    if (entry.parseError) {
      report(entry, [], entry.parseError);
      continue;
    }
    const result = SCHEMAS[entry.collection].safeParse(entry.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const explained of explainIssue(issue, fieldsOf(entry.collection))) report(entry, explained.path, explained.message);
      }
      continue;
    }
    (content[entry.collection] as Valid<unknown>[]).push({ entry, data: result.data });
  }

  // 2. Ids: file names are slugs, and no two entries share an id, even once tone marks are removed.
  for (const collection of Object.keys(SCHEMAS) as CollectionName[]) {
    const seen = new Map<string, RawEntry>();
    for (const entry of entries.filter((e) => e.collection === collection)) {
      const isList = collection === 'places' || collection === 'sources';
      if (!isList && entry.id !== slugify(entry.id)) {
        report(
          entry,
          '',
          `tên tệp không phải slug (slug): đổi tên thành "${slugify(entry.id)}" (chữ thường, không dấu, đ → d, gạch ngang)`,
        );
      }
      const key = slugify(entry.id);
      const first = seen.get(key);
      if (first) {
        report(
          entry,
          isList ? `${entry.id}.id` : '',
          `trùng mã (duplicate id) "${key}" với ${first.file}${isList ? '' : ''}: mỗi ${NOUN[collection]} cần một mã riêng`,
        );
      } else {
        seen.set(key, entry);
      }
    }
  }

  // Known ids come from every entry that names one, valid or not, so one broken file does not
  // make every reference to it look dangling too.
  const rawOf = (collection: CollectionName) => entries.filter((e) => e.collection === collection && !e.parseError);
  const record = (e: RawEntry): Record<string, unknown> =>
    typeof e.data === 'object' && e.data !== null ? (e.data as Record<string, unknown>) : {};
  const itemIds = (list: unknown) =>
    new Set(
      Array.isArray(list)
        ? list.flatMap((item: unknown) => (typeof item === 'object' && item !== null && 'id' in item ? [String(item.id)] : []))
        : [],
    );
  const ids = {
    places: new Set(rawOf('places').map((e) => e.id)),
    sources: new Set(rawOf('sources').map((e) => e.id)),
    articles: new Set(rawOf('articles').map((e) => e.id)),
    models: new Set(rawOf('models').map((e) => e.id)),
    stats: new Set(rawOf('stats').map((e) => e.id)),
  };
  const drafts = {
    articles: new Set(
      rawOf('articles')
        .filter((e) => record(e).draft === true)
        .map((e) => e.id),
    ),
    models: new Set(
      rawOf('models')
        .filter((e) => record(e).draft === true)
        .map((e) => e.id),
    ),
  };
  const observations = new Map(rawOf('stats').map((e) => [e.id, itemIds(record(e).observations)]));
  const facts = new Map(rawOf('models').map((e) => [e.id, itemIds(record(e).facts)]));

  /** Reports a dangling id, with a suggestion. */
  const ref = (
    entry: RawEntry,
    path: readonly PropertyKey[] | string,
    target: CollectionName,
    id: string | undefined,
    fromPublished = false,
  ) => {
    if (id === undefined) return;
    const known = ids[target];
    if (!known.has(id)) {
      const guess = closest(id, known);
      report(
        entry,
        path,
        `không có ${NOUN[target]} "${id}" (dangling reference) trong ${FOLDER[target]}${guess ? `; có phải "${guess}"?` : ''}`,
      );
      return;
    }
    if (options.production && fromPublished && (target === 'articles' || target === 'models') && drafts[target].has(id)) {
      report(
        entry,
        path,
        `liên kết tới bản nháp (draft) ${NOUN[target]} "${id}": bỏ liên kết, hoặc xuất bản ${NOUN[target]} đó (draft: false)`,
      );
    }
  };

  /** "<dataset>#<observation>" or "<model>#<fact>". */
  const figureRef = (entry: RawEntry, path: readonly PropertyKey[] | string, kind: 'stats' | 'models', value: string) => {
    const [owner, item] = value.split('#');
    if (!owner || !item) {
      report(entry, path, `tham chiếu "${value}" phải có dạng "${kind === 'stats' ? 'bo-so-lieu#so-lieu' : 'mo-hinh#so-lieu'}"`);
      return;
    }
    if (!ids[kind].has(owner)) {
      ref(entry, path, kind, owner);
      return;
    }
    const items = (kind === 'stats' ? observations : facts).get(owner) ?? new Set<string>();
    if (!items.has(item)) {
      const guess = closest(item, items);
      report(entry, path, `${NOUN[kind]} "${owner}" không có số liệu "${item}"${guess ? `; có phải "${guess}"?` : ''}`);
    }
  };

  // 3. Cross-references, read from the raw data so that an entry with a schema error still has its
  // references checked: every problem is listed in one run.
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const texts = (value: unknown) => (Array.isArray(value) ? value.map(text) : []);
  const items = (value: unknown): Record<string, unknown>[] =>
    Array.isArray(value)
      ? value.map((item: unknown) => (typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {}))
      : [];
  /** Checks a reference unless the schema already rejected that field. */
  const rawRef = (entry: RawEntry, path: PropertyKey[], target: CollectionName, id: string | undefined, fromPublished = false) => {
    if (!alreadyReported(entry, path)) ref(entry, path, target, id, fromPublished);
  };
  const duplicates = (entry: RawEntry, list: Record<string, unknown>[], path: string, noun: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const id = text(item.id);
      if (id === undefined) return;
      if (seen.has(id)) report(entry, [path, i, 'id'], `trùng mã số liệu (duplicate id) "${id}" trong ${noun}: đổi một trong hai mã`);
      seen.add(id);
    });
    return seen;
  };

  for (const entry of rawOf('places')) {
    const data = record(entry);
    const parent = text(data.parent);
    rawRef(entry, ['parent'], 'places', parent);
    if (parent !== undefined && parent === data.id) report(entry, ['parent'], 'một địa phương không thể là cấp trên của chính nó (parent)');
    items(data.changes).forEach((change, i) => rawRef(entry, ['changes', i, 'into'], 'places', text(change.into)));
  }
  for (const entry of rawOf('articles')) {
    const data = record(entry);
    const published = data.draft !== true;
    rawRef(entry, ['source'], 'sources', text(data.source));
    texts(data.places).forEach((id, i) => rawRef(entry, ['places', i], 'places', id));
    texts(data.models).forEach((id, i) => rawRef(entry, ['models', i], 'models', id, published));
    texts(data.datasets).forEach((id, i) => rawRef(entry, ['datasets', i], 'stats', id));
  }
  for (const entry of rawOf('models')) {
    const data = record(entry);
    rawRef(entry, ['place'], 'places', text(data.place));
    items(data.sources).forEach((s, i) => rawRef(entry, ['sources', i, 'source'], 'sources', text(s.source)));
    const facts = items(data.facts);
    facts.forEach((fact, i) => {
      rawRef(entry, ['facts', i, 'source'], 'sources', text(fact.source));
      const target = text(fact.ref);
      if (target && !alreadyReported(entry, ['facts', i, 'ref'])) figureRef(entry, ['facts', i, 'ref'], 'stats', target);
    });
    duplicates(entry, facts, 'facts', 'mô hình');
  }
  for (const entry of rawOf('stats')) {
    const data = record(entry);
    const published = true;
    rawRef(entry, ['place'], 'places', text(data.place));
    rawRef(entry, ['source'], 'sources', text(data.source));
    rawRef(entry, ['article'], 'articles', text(data.article), published);
    const observations = items(data.observations);
    observations.forEach((o, i) => rawRef(entry, ['observations', i, 'model'], 'models', text(o.model), published));
    duplicates(entry, observations, 'observations', 'bộ số liệu');
  }
  // Sums, also in a dataset with other errors: every observation whose value is a number counts.
  for (const entry of rawOf('stats')) {
    const data = record(entry);
    const rawObservations = items(data.observations);
    const known = new Set(rawObservations.flatMap((o) => (typeof o.id === 'string' ? [o.id] : [])));
    // A value the schema rejected (negative, not a number) is reported once, not again as a wrong sum.
    const observations = rawObservations.flatMap((o, i): Observation[] =>
      typeof o.id === 'string' && typeof o.value === 'number' && !alreadyReported(entry, ['observations', i, 'value'])
        ? [
            {
              ...(o as Observation),
              qualifier: (QUALIFIER_IDS as readonly unknown[]).includes(o.qualifier) ? (o as Observation).qualifier : 'exact',
            },
          ]
        : [],
    );
    const numbered = new Set(observations.map((o) => o.id));
    items(data.relations).forEach((raw, index) => {
      const total = text(raw.total);
      const parts = texts(raw.parts);
      if (total === undefined || parts.some((p) => p === undefined) || alreadyReported(entry, ['relations', index])) return;
      const relation = { total, parts: parts as string[] };
      // An id that exists but whose value is not a number is reported by the schema, not here.
      const absent = [{ field: 'total' as const, id: total }, ...relation.parts.map((id) => ({ field: 'parts' as const, id }))].filter(
        (ref) => !known.has(ref.id),
      );
      for (const m of absent) {
        const guess = closest(m.id, known);
        report(
          entry,
          ['relations', index, m.field],
          `quan hệ tổng nhắc tới số liệu "${m.id}" không có trong observations${guess ? `; có phải "${guess}"?` : ''}`,
        );
      }
      if (absent.length > 0 || ![total, ...relation.parts].every((id) => numbered.has(id))) return;
      for (const r of reconcile({ observations, relations: [relation] }).relations) {
        if (!r.ok) {
          report(
            entry,
            ['relations', index],
            `các thành phần không khớp với tổng (sum mismatch): ${r.equation}; tổng các phần là ${r.sum}, nguồn ghi tổng "${r.total.id}" là ${r.total.value}. Kiểm tra lại số liệu với nguồn`,
          );
        }
      }
    });
  }
  // Charts: a dataset that asks for one must have something comparable to draw (valid datasets only).
  for (const { entry, data } of content.stats) {
    if (data.chart === 'none' || reconcile(data).missing.length > 0 || chartSpec(data)) continue;
    report(
      entry,
      ['chart'],
      `biểu đồ "${data.chart}" không có gì để vẽ: cần ít nhất hai số liệu cùng đơn vị (các phần của một quan hệ tổng, hoặc các số liệu có đơn vị "${data.unit}"; với "progress": các tỷ lệ %). Sửa số liệu, hoặc ghi "chart": "none"`,
    );
  }

  // Versions: the change log agrees with the version number and names observations that exist.
  for (const { entry, data } of content.stats) {
    for (const problem of versionProblems(data)) report(entry, problem.field, problem.message);
  }

  // 4. MDX bodies: syntax, known components, valid figure references, internal links, image alt text.
  for (const entry of [...rawOf('articles'), ...rawOf('models')]) {
    if (entry.body === undefined) continue;
    checkBody(entry, record(entry).draft !== true, report, { ref, figureRef });
  }

  // Grouped by file, in the order found within each file.
  problems.sort((a, b) => a.file.localeCompare(b.file));
  return { problems, content };
}

type Reporter = (entry: RawEntry, path: readonly PropertyKey[] | string, message: string) => void;
interface RefCheckers {
  ref: (entry: RawEntry, path: string, target: CollectionName, id: string | undefined, fromPublished?: boolean) => void;
  figureRef: (entry: RawEntry, path: string, kind: 'stats' | 'models', value: string) => void;
}

interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  alt?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number } };
}

const LINK_TARGETS: [RegExp, CollectionName][] = [
  [/^\/bai-viet\/([^/#?]+)\/?/, 'articles'],
  [/^\/mo-hinh\/([^/#?]+)\/?/, 'models'],
  [/^\/so-lieu\/([^/#?]+)\/?/, 'stats'],
  [/^\/dia-phuong\/([^/#?]+)\/?/, 'places'],
];

/** What the MDX parser's (English) message means for a writer, and what to do. */
export function mdxHint(detail: string): string {
  const unclosed = /closing tag for `<(\w+)>`/.exec(detail);
  if (unclosed) return `thẻ <${unclosed[1]}> chưa đóng: viết <${unclosed[1]} … /> (có dấu / trước dấu >)`;
  if (/closing brace for `\{`/.test(detail)) return 'dấu { chưa đóng: thêm dấu }, hoặc viết \\{ nếu muốn hiện dấu ngoặc nhọn';
  if (/after `<`/.test(detail)) {
    return 'dấu < mở một thẻ không hợp lệ: kiểm tra tên thẻ và thuộc tính (of="…"); nếu muốn viết dấu nhỏ hơn, viết &lt;';
  }
  return 'kiểm tra các thẻ <… />, dấu ngoặc nhọn { } và dấu ngoặc kép ở dòng này';
}

function checkBody(entry: RawEntry, published: boolean, report: Reporter, checks: RefCheckers) {
  let tree: MdNode;
  try {
    tree = mdxToMdast(entry.body ?? '') as MdNode;
  } catch (error) {
    const message = (error as Error).message;
    const position = /^(\d+):(\d+)/.exec(message);
    const line = position ? Number(position[1]) + (entry.bodyLine ?? 1) - 1 : undefined;
    const detail = message.replace(/^\d+:\d+:\s*/, '');
    report(entry, line ? `nội dung, dòng ${line}` : 'nội dung', `MDX sai cú pháp (syntax error): ${mdxHint(detail)}. Chi tiết: ${detail}`);
    return;
  }
  const where = (node: MdNode) => {
    const line = node.position ? node.position.start.line + (entry.bodyLine ?? 1) - 1 : undefined;
    return line ? `nội dung, dòng ${line}` : 'nội dung';
  };
  const visit = (node: MdNode) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (/^[A-Z]/.test(name) && !(MDX_COMPONENTS as readonly string[]).includes(name)) {
        const guess = closest(name, MDX_COMPONENTS);
        report(
          entry,
          where(node),
          `thành phần MDX không có (unknown component) <${name}>${guess ? `; có phải <${guess}>?` : '.'} Dùng một trong: ${MDX_COMPONENTS.join(', ')}`,
        );
      }
      const of = node.attributes?.find((a) => a.name === 'of')?.value;
      if (typeof of === 'string') {
        if (name === 'Figure') checks.figureRef(entry, where(node), 'stats', of);
        if (name === 'Fact') checks.figureRef(entry, where(node), 'models', of);
        if (name === 'ModelCard') checks.ref(entry, where(node), 'models', of, published);
        if (name === 'DatasetTable' || name === 'Chart') checks.ref(entry, where(node), 'stats', of);
      } else if (['Figure', 'Fact', 'ModelCard', 'DatasetTable', 'Chart'].includes(name)) {
        report(entry, where(node), `<${name}> cần thuộc tính of="…" là một chuỗi`);
      }
    }
    if (node.type === 'link' && node.url) {
      for (const [pattern, target] of LINK_TARGETS) {
        const match = pattern.exec(node.url);
        if (match?.[1]) checks.ref(entry, where(node), target, match[1], published);
      }
    }
    if (node.type === 'image' && !node.alt?.trim()) {
      report(entry, where(node), 'ảnh thiếu mô tả thay thế (alt text): viết ![mô tả ảnh](đường-dẫn)');
    }
    node.children?.forEach(visit);
  };
  visit(tree);
}

/** One line per problem: "content/models/x.mdx › place: không có địa phương …". */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`).join('\n');
}
