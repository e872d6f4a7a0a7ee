/**
 * Validates all content at once: schemas, ids, cross-references, sums and MDX bodies.
 * Returns every problem found (never stops at the first), each with file, field and a fix.
 */
import { z } from 'astro/zod';
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
import { isLaterThan, latestDate, formatDate } from './dates.ts';
import { LIMITS } from './limits.ts';
import { MAX_PLACE_DEPTH, parentChain } from './places.ts';
import { codePoints, nameKey } from './text-normal.ts';
import { undrawable } from './font-coverage.ts';
import { MDX_COMPONENTS, parseMdx, policyProblems, type MdNode } from './mdx-policy.ts';
import { photoFileProblem } from './photos.ts';
import { oversizedSections, PART_BUDGET } from './story-parts.ts';
import { formatNumber } from './format.ts';

export { MDX_COMPONENTS };

z.config(z.locales.vi());

export interface Problem {
  /** File relative to the project root. */
  file: string;
  /** Dotted path of the field, e.g. "facts.0.source"; empty for the whole file. */
  field: string;
  /** What is wrong and how to fix it, in Vietnamese. */
  message: string;
}

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
  /** The build day, for dates in the future (default: today). */
  today?: Date;
}

function fieldPath(entry: RawEntry, path: readonly PropertyKey[]): string {
  const inner = path.map(String).join('.');
  // Items of places.json / sources.json are named by their id.
  if (entry.collection === 'places' || entry.collection === 'sources') return inner ? `${entry.id}.${inner}` : entry.id;
  return inner;
}

export function checkContent(
  entries: RawEntry[],
  options: CheckOptions,
): { problems: Problem[]; warnings: Problem[]; content: CheckedContent } {
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

  // Files that could not be read at all come first: everything after may follow from them.
  const unreadable = new Set<Problem>();
  const warnings: Problem[] = [];

  // 1. Parse and schema-validate every entry.
  for (const entry of entries) {
    if (entry.parseError) {
      report(entry, [], entry.parseError);
      unreadable.add(problems.at(-1)!);
      continue;
    }
    for (const path of entry.notNfc ?? []) {
      warnings.push({
        file: entry.file,
        field: fieldPath(entry, path ? path.split('.') : []),
        message:
          'chữ không ở dạng Unicode NFC (dấu thanh gõ rời, NFD): đã tự chuẩn hóa khi đọc; nên lưu lại tệp ở dạng NFC (bộ gõ Unicode dựng sẵn)',
      });
    }
    // Values JSON.parse or YAML would read differently from what was typed: before the schema, which would see only the result.
    for (const problem of entry.valueProblems ?? []) report(entry, problem.path, problem.message);
    const result = SCHEMAS[entry.collection].safeParse(entry.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (alreadyReported(entry, issue.path)) continue;
        for (const explained of explainIssue(issue, fieldsOf(entry.collection))) report(entry, explained.path, explained.message);
      }
      continue;
    }
    if (entry.valueProblems?.length) continue;
    (content[entry.collection] as Valid<unknown>[]).push({ entry, data: result.data });
  }

  const duplicateIds = new Set<RawEntry>();
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
        duplicateIds.add(entry);
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
  // A file in a folder has its id in its name, even when it cannot be read; a list file that cannot be
  // read hides its ids, and references to them are summed up in one line instead of one each.
  const idsOf = (collection: CollectionName) =>
    new Set(
      entries
        .filter((e) => e.collection === collection && (!e.parseError || (collection !== 'places' && collection !== 'sources')))
        .map((e) => e.id),
    );
  const ids = {
    places: idsOf('places'),
    sources: idsOf('sources'),
    articles: idsOf('articles'),
    models: idsOf('models'),
    stats: idsOf('stats'),
  };
  const unreadableFiles = new Map(entries.filter((e) => e.parseError).map((e) => [`${e.collection}:${e.id}`, e.file]));
  const unreadableList = (collection: CollectionName) => unreadableFiles.get(`${collection}:`);
  /** Dangling references that an unreadable file explains, by that file. */
  const unchecked = new Map<string, { count: number; files: Set<string> }>();
  const skip = (file: string, from: RawEntry) => {
    const tally = unchecked.get(file) ?? { count: 0, files: new Set<string>() };
    tally.count++;
    tally.files.add(from.file);
    unchecked.set(file, tally);
  };
  // An entry scheduled for a later day is not published yet: linking to it is like linking to a draft.
  const latest = latestDate(options.today);
  const hidden = (e: RawEntry, dateField: string) => {
    const data = record(e);
    const date = data[dateField];
    return data.draft === true || (data.scheduled === true && typeof date === 'string' && isLaterThan(date, latest));
  };
  const drafts = {
    articles: new Set(
      rawOf('articles')
        .filter((e) => hidden(e, 'published'))
        .map((e) => e.id),
    ),
    models: new Set(
      rawOf('models')
        .filter((e) => hidden(e, 'added'))
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
    const list = unreadableList(target);
    if (!known.has(id) && list) {
      skip(list, entry);
      return;
    }
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
    const ownerFile = unreadableFiles.get(`${kind}:${owner}`);
    if (ownerFile) {
      skip(ownerFile, entry);
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
    items(data.changes).forEach((change, i) => rawRef(entry, ['changes', i, 'source'], 'sources', text(change.source)));
    rawRef(entry, ['source'], 'sources', text(data.source));
  }
  // Parent chains: no loop (the build would walk it forever), no chain deeper than the levels that exist.
  const parentOf = new Map(rawOf('places').map((e) => [e.id, text(record(e).parent)]));
  const loopsSeen = new Set<string>();
  for (const entry of rawOf('places')) {
    if (text(record(entry).parent) === entry.id) continue;
    const { loop, tooDeep, chain } = parentChain(entry.id, (id) => parentOf.get(id));
    if (loop) {
      const key = [...new Set(loop)].sort().join(' ');
      if (loopsSeen.has(key)) continue;
      loopsSeen.add(key);
      const start = loop[0]!;
      const owner = rawOf('places').find((e) => e.id === start) ?? entry;
      report(
        owner,
        ['parent'],
        `chuỗi cấp trên (parent) lặp vòng: ${loop.join(' → ')}. Một địa phương không thể nằm trong chính nó: sửa parent của một trong các địa phương này`,
      );
    } else if (tooDeep) {
      report(entry, ['parent'], `chuỗi cấp trên (parent) sâu quá ${MAX_PLACE_DEPTH} cấp: ${chain.join(' → ')} → …; kiểm tra lại parent`);
    }
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

  // Dates of publication and of data: not after the build day (plus one), unless scheduled (stories, models).
  const shownLatest = formatDate(latest);
  const DATE_FIELDS: [CollectionName, string[], boolean][] = [
    ['articles', ['published', 'updated'], true],
    ['models', ['added'], true],
    ['stats', ['asOf'], false],
    ['sources', ['date'], false],
  ];
  for (const [collection, fields, canSchedule] of DATE_FIELDS) {
    for (const entry of rawOf(collection)) {
      const data = record(entry);
      for (const field of fields) {
        const value = data[field] instanceof Date ? (data[field] as Date).toISOString().slice(0, 10) : data[field];
        if (typeof value !== 'string' || !isLaterThan(value, latest) || alreadyReported(entry, [field])) continue;
        if (canSchedule && data.scheduled === true && field !== 'updated') continue;
        report(
          entry,
          [field],
          `ngày "${value}" ở tương lai (sau ${shownLatest}, ngày dựng trang cộng một ngày): kiểm tra lại năm, tháng${canSchedule ? '; nếu muốn hẹn ngày đăng, thêm dòng scheduled: true (chỉ hiện từ ngày đó)' : ''}`,
        );
      }
    }
  }

  // Names: two entries that read the same (ignoring case and how tone marks were typed) are one entry twice.
  const NAME_FIELDS: [CollectionName, string][] = [
    ['models', 'name'],
    ['articles', 'title'],
    ['stats', 'title'],
    ['sources', 'title'],
    ['places', 'name'],
  ];
  for (const [collection, field] of NAME_FIELDS) {
    const seen = new Map<string, RawEntry>();
    for (const entry of rawOf(collection)) {
      const data = record(entry);
      const name = text(data[field]);
      if (name === undefined || duplicateIds.has(entry)) continue;
      // Two units, or two models, of one name in different places are different: the name counts within its
      // place (a model), or its parent, level and date of creation (a place).
      const scope =
        collection === 'places'
          ? `${String(data.level)}|${String(data.parent)}|${String(data.validFrom)}|`
          : collection === 'models'
            ? `${String(data.place)}|`
            : '';
      const key = scope + nameKey(name);
      const first = seen.get(key);
      if (first) {
        const where = first.file === entry.file ? `"${first.id}"` : first.file;
        report(
          entry,
          [field],
          `trùng tên (duplicate name) "${name}" với ${where} (giống nhau khi bỏ qua chữ hoa, chữ thường và cách gõ dấu): mỗi ${NOUN[collection]} một tên; gộp hai mục, hoặc đặt tên khác`,
        );
      } else {
        seen.set(key, entry);
      }
    }
  }

  // Share images draw the title and summary with Be Vietnam Pro: a character it lacks (an emoji) would be a blank gap.
  const SHARED_FIELDS: [CollectionName, string[]][] = [
    ['articles', ['title', 'summary']],
    ['models', ['name', 'summary']],
    ['stats', ['title', 'summary']],
    ['places', ['name']],
  ];
  for (const [collection, fields] of SHARED_FIELDS) {
    for (const entry of rawOf(collection)) {
      for (const field of fields) {
        const value = text(record(entry)[field]);
        const missing = value === undefined ? [] : undrawable(value);
        if (missing.length === 0) continue;
        report(
          entry,
          [field],
          `có ký tự phông chữ của ảnh chia sẻ không vẽ được (emoji hoặc chữ ngoài tiếng Việt): ${missing.map((c) => `"${c}" ${codePoints(c)}`).join(', ')}; ảnh sẽ để trống chỗ đó. Bỏ ký tự này, hoặc thay bằng chữ`,
        );
      }
    }
  }

  // Uploaded photos: the file exists, is the JPEG, PNG or WebP its name says, and is within the limits.
  for (const entry of [...rawOf('articles'), ...rawOf('models')]) {
    const problem = entry.photo && !alreadyReported(entry, ['image', 'src']) ? photoFileProblem(entry.photo) : undefined;
    if (problem) report(entry, ['image', 'src'], problem);
  }

  // Size of a dataset: its page shows every figure.
  for (const entry of rawOf('stats')) {
    const count = items(record(entry).observations).length;
    if (count > LIMITS.observations) {
      report(
        entry,
        ['observations'],
        `bộ số liệu có ${count} số liệu, quá giới hạn ${LIMITS.observations} (size limit): tách thành nhiều bộ số liệu`,
      );
    }
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
  // A long story is served in parts cut between its ## sections (src/lib/story-parts.ts): a section heavier than
  // a part cannot be cut, and its page goes over the phone budget. A warning: the page still builds.
  for (const entry of rawOf('articles')) {
    for (const { line, heading, weight } of oversizedSections(entry.body ?? '')) {
      warnings.push({
        file: entry.file,
        field: `nội dung, dòng ${line + (entry.bodyLine ?? 1) - 1}`,
        message: `${heading ? `mục “${heading}”` : 'phần mở đầu'} quá dài cho một trang đọc trên điện thoại (ước tính ${formatNumber(weight)} byte nén, tối đa ${formatNumber(PART_BUDGET)}): bài chỉ được chia trang giữa các mục, nên hãy thêm tiêu đề ## để tách mục này`,
      });
    }
  }

  // Grouped by file, in the order found within each file.
  const summaries = new Set<Problem>();
  for (const [file, { count, files }] of unchecked) {
    summaries.add({
      file,
      field: '',
      message: `vì tệp này không đọc được, ${count} tham chiếu tới nó từ ${files.size} tệp khác chưa kiểm tra được; sửa lỗi ở dòng trên rồi chạy lại`,
    });
  }
  problems.push(...summaries);
  // Unreadable files first, then what they leave unchecked, then grouped by file, in the order found within each file.
  const rank = (p: Problem) => (unreadable.has(p) ? 0 : summaries.has(p) ? 1 : 2);
  problems.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
  return { problems, warnings, content };
}

type Reporter = (entry: RawEntry, path: readonly PropertyKey[] | string, message: string) => void;
interface RefCheckers {
  ref: (entry: RawEntry, path: string, target: CollectionName, id: string | undefined, fromPublished?: boolean) => void;
  figureRef: (entry: RawEntry, path: string, kind: 'stats' | 'models', value: string) => void;
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
  const at = (line: number | undefined) => (line ? `nội dung, dòng ${line + (entry.bodyLine ?? 1) - 1}` : 'nội dung');
  const length = (entry.body ?? '').length;
  if (length > LIMITS.body) {
    report(entry, 'nội dung', `nội dung dài ${length} ký tự, quá giới hạn ${LIMITS.body} (size limit): chia thành nhiều bài`);
    return;
  }
  const parsed = parseMdx(entry.body ?? '');
  if ('error' in parsed) {
    const { line, detail } = parsed.error;
    report(entry, at(line), `MDX sai cú pháp (syntax error): ${mdxHint(detail)}. Chi tiết: ${detail}`);
    return;
  }
  const tree = parsed.tree;
  // What the closed language refuses: code, active HTML, unknown elements and attributes, unsafe addresses.
  for (const problem of policyProblems(tree)) report(entry, at(problem.line), problem.message);
  const where = (node: MdNode) => at(node.position?.start.line);
  const visit = (node: MdNode) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
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
    if (node.type !== 'mdxjsEsm') node.children?.forEach(visit);
  };
  visit(tree);
}

/** One line per problem: "content/models/x.mdx › place: không có địa phương …". */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`).join('\n');
}
