/**
 * npm run schemas — regenerates what is derived from the Zod schemas in src/schemas/:
 * the JSON Schemas editors use (src/schemas/generated/), the admin's field configuration
 * (src/schemas/generated/cms.config.json) and the field reference in CONTRIBUTING.md.
 * Run it after changing a schema; a test fails until you do.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CMS_CONFIG_FILE, generatedCmsConfig } from '../src/lib/cms-config.ts';
import { GENERATED_DIR, generatedSchemas, withFieldReference } from '../src/lib/schema-docs.ts';

const root = new URL('..', import.meta.url).pathname;

mkdirSync(join(root, GENERATED_DIR), { recursive: true });
for (const [file, text] of generatedSchemas()) {
  writeFileSync(join(root, GENERATED_DIR, file), text);
  console.log(`đã ghi ${GENERATED_DIR}/${file}`);
}
// The admin's (/quan-tri/) collections and fields, from the same schemas.
writeFileSync(join(root, GENERATED_DIR, CMS_CONFIG_FILE), generatedCmsConfig());
console.log(`đã ghi ${GENERATED_DIR}/${CMS_CONFIG_FILE}`);

const contributing = join(root, 'CONTRIBUTING.md');
writeFileSync(contributing, withFieldReference(readFileSync(contributing, 'utf8')));
console.log('đã cập nhật bảng trường trong CONTRIBUTING.md');
