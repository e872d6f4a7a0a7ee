import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../tests/build-helpers.ts';
import { readContent } from './content-files.ts';
import {
  describeType,
  fieldReference,
  fieldRows,
  GENERATED_DIR,
  generatedSchemas,
  REFERENCE_END,
  REFERENCE_START,
  SCHEMA_FILES,
  toJsonSchema,
  withFieldReference,
  type JsonNode,
} from './schema-docs.ts';
import { modelSchema } from '../schemas/models.ts';

const stale = 'đã cũ: chạy `npm run schemas` rồi commit các tệp vừa sinh';

describe('generated files are up to date with src/schemas/', () => {
  it('every JSON Schema in src/schemas/generated/', () => {
    const generated = generatedSchemas();
    for (const [file, text] of generated) {
      const path = join(projectRoot, GENERATED_DIR, file);
      expect(existsSync(path), `${GENERATED_DIR}/${file} chưa có: chạy npm run schemas`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${GENERATED_DIR}/${file} ${stale}`).toBe(text);
    }
    // No leftover schema for a collection that no longer exists (cms.config.json has its own test, cms-config.test.ts).
    const schemas = readdirSync(join(projectRoot, GENERATED_DIR)).filter((file) => file.endsWith('.schema.json'));
    expect(schemas.sort()).toEqual([...generated.keys()].sort());
  });

  it('the field reference in CONTRIBUTING.md', () => {
    const document = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
    expect(document, `Bảng trường trong CONTRIBUTING.md ${stale}`).toBe(withFieldReference(document));
  });
});

describe('JSON Schemas for editors', () => {
  it('describe every field, in Vietnamese', () => {
    const missing: string[] = [];
    for (const { file, schema } of SCHEMA_FILES) {
      let root = toJsonSchema(schema) as JsonNode;
      if (root.type === 'array' && root.items) root = root.items;
      for (const row of fieldRows(root)) if (!row.description) missing.push(`${file}: ${row.path}`);
    }
    expect(missing).toEqual([]);
  });

  it('reject unknown keys and accept partial dates as text', () => {
    const model = toJsonSchema(modelSchema) as JsonNode & { additionalProperties?: boolean };
    expect(model.additionalProperties).toBe(false);
    expect(model.required).toEqual(expect.arrayContaining(['name', 'summary', 'kind', 'fields', 'place', 'sources']));
    expect(model.required).not.toContain('draft');
    const added = model.properties?.added;
    expect(added?.type).toBe('string');
    expect(added?.anyOf).toBeUndefined();
    expect(new RegExp(added?.pattern ?? '').test('2026-11-23')).toBe(true);
    expect(new RegExp(added?.pattern ?? '').test('23/11/2026')).toBe(false);
  });

  it('every dataset file points its $schema at the generated dataset schema', () => {
    const wrong = readContent(projectRoot)
      .filter((e) => e.collection === 'stats')
      .filter((e) => (e.data as { $schema?: string }).$schema !== '../../src/schemas/generated/dataset.schema.json')
      .map((e) => e.file);
    expect(wrong).toEqual([]);
  });
});

describe('field reference', () => {
  it('names closed-set values with their Vietnamese names', () => {
    expect(describeType({ type: 'string', enum: ['kinh-te', 'ca-nhan'] })).toBe('một trong: `kinh-te` (Kinh tế), `ca-nhan` (Cá nhân)');
    expect(describeType({ type: ['string', 'null'], pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' })).toBe(
      'mã (slug): chữ thường không dấu, số, gạch ngang hoặc `null`',
    );
    expect(describeType({ type: 'number', minimum: 0 })).toBe('số ≥ 0');
  });

  it('lists nested fields with their path and whether they are required', () => {
    const reference = fieldReference();
    expect(reference.startsWith(REFERENCE_START) && reference.endsWith(REFERENCE_END)).toBe(true);
    expect(reference).toContain('| `facts[].source` | không |');
    expect(reference).toContain('| `sources[].says` | **có** |');
    expect(reference).toContain('| `observations[].denominator.value` | **có** | số > 0 |');
    // An MDX tag in a description is escaped, not swallowed as HTML.
    expect(reference).toContain('&lt;Fact of=');
  });

  it('refuses a document without its markers', () => {
    expect(() => withFieldReference('# Không có đánh dấu')).toThrow(/thiếu hai dòng đánh dấu/);
  });
});
