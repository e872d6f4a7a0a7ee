import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CMS_CONFIG_FILE, cmsConfig, generatedCmsConfig, labelFrom, type CmsField } from './cms-config.ts';
import { LIMITS } from './limits.ts';
import { GENERATED_DIR } from './schema-docs.ts';

const root = new URL('../..', import.meta.url).pathname;

describe('the admin configuration generated from the Zod schemas', () => {
  it('is up to date: run `npm run schemas` after changing a schema', () => {
    const onDisk = readFileSync(join(root, GENERATED_DIR, CMS_CONFIG_FILE), 'utf8');
    expect(onDisk, `${GENERATED_DIR}/${CMS_CONFIG_FILE} đã cũ: chạy npm run schemas`).toBe(generatedCmsConfig());
  });

  it('labels every field in Vietnamese from its description, and marks ids of content as pickers', () => {
    const models = cmsConfig().collections.find((c) => c.name === 'models');
    const fields = (models && 'fields' in models ? models.fields : []) as CmsField[];
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get('name')?.label).toBe('Tên mô hình đúng như nguồn ghi');
    expect(byName.get('name')?.required).toBe(true);
    expect(byName.get('place')).toMatchObject({ widget: 'select', picker: 'place' });
    const facts = byName.get('facts')?.fields ?? [];
    expect(facts.find((f) => f.name === 'ref')).toMatchObject({ widget: 'select', picker: 'figure' });
    expect(byName.get('draft')).toMatchObject({ widget: 'boolean', default: true });
    expect(byName.get('body')).toMatchObject({ widget: 'dvk-mdx' });
    for (const field of fields) expect(field.label, field.name).not.toMatch(/^[a-z]/);
  });

  it("uploads a story's or a model's photo beside it, named relative to it, and refuses a file over the limit", () => {
    const config = cmsConfig();
    expect(config.max_file_size).toBe(LIMITS.photoFile);
    for (const name of ['articles', 'models']) {
      expect(config.collections.find((c) => c.name === name)).toMatchObject({ media_folder: `/content/${name}/anh`, public_folder: 'anh' });
    }
    expect(config.collections.find((c) => c.name === 'stats')).not.toHaveProperty('media_folder');
  });

  it('turns "true: …" descriptions into a label', () => {
    expect(labelFrom('true: bản nháp, chỉ hiện khi xem trước', 'draft')).toBe('Bản nháp');
    expect(labelFrom('true nếu con số là chỉ tiêu, không phải kết quả.', 'target')).toBe('Con số là chỉ tiêu');
    expect(labelFrom(undefined, 'x')).toBe('x');
  });

  it('lets a province keep its null parent, and gives a new entry no list item or object it did not ask for', () => {
    const config = cmsConfig();
    const lists = config.collections.find((c) => c.name === 'lists');
    const places = (lists && 'files' in lists ? lists.files : []).find((f) => f.name === 'places');
    const item = places?.fields[0]?.fields ?? [];
    // `parent: null` is valid; Decap would refuse it as an empty required field, and places.json could not be saved.
    expect(item.find((f) => f.name === 'parent')).toMatchObject({ widget: 'select', required: false, picker: 'place' });
    const models = config.collections.find((c) => c.name === 'models');
    const fields = (models && 'fields' in models ? models.fields : []) as CmsField[];
    const nested = fields.flatMap((f) => f.fields ?? []);
    // A default inside a list item or an optional object would make Decap create it in every new entry.
    expect(nested.filter((f) => f.default !== undefined)).toEqual([]);
    expect(fields.find((f) => f.name === 'featured')).toMatchObject({ widget: 'boolean', default: false });
  });
});
