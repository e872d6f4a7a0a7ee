/**
 * The admin's (Decap CMS) collections and fields, generated from the Zod schemas in src/schemas/ through
 * the same JSON Schemas as src/schemas/generated/*.schema.json. `npm run schemas` writes it to
 * src/schemas/generated/cms.config.json; a test fails when it is stale. There is no hand-written copy
 * of the fields: labels and help text are the schemas' Vietnamese descriptions.
 *
 * Fields whose value is the id of something in content/ (place, source, model, dataset, figure) are
 * marked with `picker`; the admin server (src/admin/server.ts) fills their lists from content/ each
 * time the admin loads, so a new place or dataset appears without regenerating anything.
 */
import { articleSchema } from '../schemas/articles.ts';
import { DATE_PATTERN } from '../schemas/common.ts';
import { modelSchema } from '../schemas/models.ts';
import { placeSchema } from '../schemas/places.ts';
import { sourceSchema } from '../schemas/sources.ts';
import { datasetSchema } from '../schemas/stats.ts';
import { LIMITS } from './limits.ts';
import { PHOTO_FOLDER } from './photos.ts';
import { toJsonSchema, type JsonNode } from './schema-docs.ts';
import { FIELDS, MODEL_KINDS, QUALIFIERS } from './vocabulary.ts';
import type { z } from 'astro/zod';

export const CMS_CONFIG_FILE = 'cms.config.json';

/** What a picker lists: ids of things that exist in content/. */
export type PickerKind = 'place' | 'source' | 'model' | 'dataset' | 'article' | 'figure';

/** A Decap CMS field, as much of it as the generator writes. */
export interface CmsField {
  name: string;
  label: string;
  hint?: string;
  widget: string;
  required: boolean;
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  modes?: string[];
  /** Filled by the admin server from content/, then removed. */
  picker?: PickerKind;
  collapsed?: boolean;
  choose_url?: boolean;
  summary?: string;
}

/** Field names whose value is an id of something in content/, and what they point at. */
const PICKERS: Record<string, PickerKind> = {
  place: 'place',
  places: 'place',
  parent: 'place',
  into: 'place',
  source: 'source',
  model: 'model',
  models: 'model',
  datasets: 'dataset',
  article: 'article',
  ref: 'figure',
};

/** Names shown beside closed-set values in select lists. */
const VALUE_NAMES = new Map<string, string>([
  ...FIELDS.map((f) => [f.id, f.name] as [string, string]),
  ...MODEL_KINDS.map((k) => [k.id, k.name] as [string, string]),
  ...QUALIFIERS.map((q) => [q.id, q.id === 'exact' ? 'chính xác' : q.name] as [string, string]),
]);

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/**
 * A short label from a description: its first clause ("Tên mô hình đúng như nguồn ghi, theo …" →
 * "Tên mô hình đúng như nguồn ghi"). "true: bản nháp, …" and "true nếu con số là chỉ tiêu, …" become
 * "Bản nháp" and "Con số là chỉ tiêu".
 */
export function labelFrom(description: string | undefined, name: string): string {
  if (!description) return name;
  const text = description.replace(/^true(?::| nếu| khi)\s*/, '');
  const clause = text.split(/[,;:.(]|\s[—–]\s/)[0]?.trim() ?? '';
  return clause ? capitalise(clause) : name;
}

function options(values: unknown[]) {
  return values.map((v) => ({
    label: VALUE_NAMES.has(String(v)) ? `${VALUE_NAMES.get(String(v))} (${String(v)})` : String(v),
    value: String(v),
  }));
}

function typeOf(node: JsonNode): string | undefined {
  const types = Array.isArray(node.type) ? node.type.filter((t) => t !== 'null') : node.type ? [node.type] : [];
  return types[0];
}

/**
 * One Decap field for one JSON Schema property. `required` is false inside an optional object (Decap
 * would check "lead.type" even when there is no "lead"); a list item's own fields keep theirs.
 */
export function toField(name: string, node: JsonNode, required: boolean): CmsField {
  // `x | null` (a province's "parent"): Decap would refuse null as a missing required value, so the
  // field is optional in the form; the checker still tells an empty value from a missing key.
  const nonNull = node.anyOf?.filter((branch) => branch.type !== 'null');
  if (nonNull?.length === 1 && nonNull.length < (node.anyOf?.length ?? 0) && nonNull[0]) {
    return toField(name, { ...nonNull[0], ...(node.description ? { description: node.description } : {}) }, false);
  }
  const field: CmsField = {
    name,
    label: labelFrom(node.description, name),
    ...(node.description ? { hint: node.description } : {}),
    widget: 'string',
    // Decap marks the others "(không bắt buộc)" and refuses an empty required field beside it, in the
    // checker's words (src/admin/vi.ts); everything else is checked by the admin server (src/admin/server.ts).
    required,
  };
  const type = typeOf(node);
  const picker = PICKERS[name];
  if (type === 'array') {
    const items = node.items ?? {};
    if (items.type === 'object') {
      return { ...field, widget: 'list', collapsed: true, fields: objectFields(items), ...summaryOf(items) };
    }
    if (items.enum) return { ...field, widget: 'select', multiple: true, options: options(items.enum) };
    if (picker) return { ...field, widget: 'select', multiple: true, options: [], picker };
    return { ...field, widget: 'list' };
  }
  if (type === 'object') return { ...field, widget: 'object', collapsed: false, fields: objectFields(node, required) };
  if (node.enum) return { ...field, widget: 'select', options: options(node.enum) };
  if (picker && type === 'string') return { ...field, widget: 'select', options: [], picker };
  // A new entry's boxes start at the schema's default (top-level ones only: see objectFields).
  if (type === 'boolean') return { ...field, widget: 'boolean', ...(node.default !== undefined ? { default: node.default } : {}) };
  if (type === 'number' || type === 'integer') return { ...field, widget: 'number', value_type: 'float' };
  if (node.pattern === DATE_PATTERN) return { ...field, widget: 'string' };
  // An image's `src`: a photo uploaded into the entry's anh/ folder and written "anh/<file>" (folderCollection).
  if (name === 'src') return { ...field, widget: 'image', choose_url: false };
  return field;
}

function summaryOf(node: JsonNode): { summary?: string } {
  const keys = Object.keys(node.properties ?? {});
  const first = ['label', 'name', 'id', 'source', 'total', 'date'].find((k) => keys.includes(k));
  return first ? { summary: `{{fields.${first}}}` } : {};
}

/**
 * The fields of an object. Only a top-level box starts at the schema's default: Decap would create a list
 * item or an optional object just to hold a nested default (a new profile would get an empty fact and an
 * image without a file, and could not be saved).
 */
function objectFields(node: JsonNode, present = true, top = false): CmsField[] {
  return Object.entries(node.properties ?? {}).map(([name, child]) => {
    const field = toField(name, child, present && (node.required?.includes(name) ?? false));
    if (top || field.widget !== 'boolean') return field;
    const { default: _unused, ...rest } = field;
    return rest;
  });
}

/** A new story, profile or dataset starts as a draft (`draft: true`); unticking the box publishes it. */
function rootFields(schema: z.ZodType): CmsField[] {
  return objectFields(toJsonSchema(schema) as JsonNode, true, true).map((f) => (f.name === 'draft' ? { ...f, default: true } : f));
}

/** The body of a story or a profile: the MDX text, so components are kept exactly as typed. */
const BODY: CmsField = {
  name: 'body',
  label: 'Nội dung bài',
  hint: 'Văn bản Markdown, lưu đúng như gõ. Chèn số liệu, biểu đồ, thẻ mô hình vào chỗ con trỏ bằng ô chọn phía trên; đừng gõ tay con số đã có trong bộ số liệu.',
  // src/admin/body-widget.ts: a text box and a component picker (Decap's Markdown editor rewrites MDX).
  widget: 'dvk-mdx',
  required: false,
};

/** One file per entry in content/<name>/: MDX (frontmatter + body) for stories and models, JSON for datasets. */
function folderCollection<Name extends 'articles' | 'models' | 'stats'>(c: {
  name: Name;
  label: string;
  label_singular: string;
  description: string;
  identifier: string;
  fields: CmsField[];
}) {
  const json = c.name === 'stats';
  // Photos go beside the entries, in content/<name>/anh/, named relative to the entry ("anh/ten-anh.jpg"),
  // where Astro's image pipeline reads them (src/lib/photos.ts, src/components/site/EntryImage.astro).
  const photos = json ? {} : { media_folder: `/content/${c.name}/${PHOTO_FOLDER}`, public_folder: PHOTO_FOLDER };
  return {
    name: c.name,
    label: c.label,
    label_singular: c.label_singular,
    description: c.description,
    folder: `content/${c.name}`,
    extension: json ? 'json' : 'mdx',
    format: json ? 'dvk-json' : 'dvk-frontmatter',
    create: true,
    delete: true,
    editor: { preview: false },
    identifier_field: c.identifier,
    slug: '{{slug}}',
    summary: `{{${c.identifier}}}`,
    ...photos,
    fields: c.fields,
  };
}

/** The whole generated configuration (without backend, which the admin server adds). */
export function cmsConfig() {
  return {
    locale: 'vi',
    // The admin's own media page lists the illustrations; uploads go to a story's or a model's anh/ folder
    // (folderCollection), and the admin server refuses any other (src/admin/server.ts).
    media_folder: 'public/minh-hoa',
    public_folder: '/minh-hoa',
    // Decap refuses a larger file before uploading it; the admin server and the content check refuse it too.
    max_file_size: LIMITS.photoFile,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      folderCollection({
        name: 'articles',
        label: 'Bài viết',
        label_singular: 'bài viết',
        description: 'Các bài viết, tệp content/articles/*.mdx.',
        identifier: 'title',
        fields: [...rootFields(articleSchema), BODY],
      }),
      folderCollection({
        name: 'models',
        label: 'Mô hình',
        label_singular: 'mô hình',
        description: 'Hồ sơ mô hình “Dân vận khéo”, tệp content/models/*.mdx.',
        identifier: 'name',
        fields: [...rootFields(modelSchema), BODY],
      }),
      folderCollection({
        name: 'stats',
        label: 'Bộ số liệu',
        label_singular: 'bộ số liệu',
        description: 'Bộ số liệu, tệp content/stats/*.json.',
        identifier: 'title',
        fields: rootFields(datasetSchema),
      }),
      {
        name: 'lists',
        label: 'Địa phương và nguồn',
        description: 'Danh sách địa phương (content/places.json) và bài gốc (content/sources.json).',
        // Both files are a JSON list; the admin edits it as the field `items` (src/admin/formats.ts).
        extension: 'json',
        format: 'dvk-json-list',
        editor: { preview: false },
        files: [
          {
            name: 'places',
            label: 'Địa phương',
            file: 'content/places.json',
            fields: [listOf('items', 'Các đơn vị hành chính', placeSchema)],
          },
          {
            name: 'sources',
            label: 'Nguồn (bài gốc)',
            file: 'content/sources.json',
            fields: [listOf('items', 'Các bài gốc', sourceSchema)],
          },
        ],
      },
    ],
  };
}

function listOf(name: string, label: string, schema: z.ZodType): CmsField {
  const node = toJsonSchema(schema) as JsonNode;
  return {
    name,
    label,
    ...(node.description ? { hint: node.description } : {}),
    widget: 'list',
    required: false,
    collapsed: false,
    summary: '{{fields.id}} — {{fields.name}}{{fields.title}}',
    fields: objectFields(node),
  };
}

/** The file's text, exactly as written to disk. */
export function generatedCmsConfig(): string {
  return `${JSON.stringify(cmsConfig(), null, 2)}\n`;
}
