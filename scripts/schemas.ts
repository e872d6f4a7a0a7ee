/**
 * npm run schemas — regenerates what is derived from the Zod schemas in src/schemas/:
 * the JSON Schemas editors use (src/schemas/generated/) and the field reference in CONTRIBUTING.md.
 * Run it after changing a schema; a test fails until you do.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR, generatedSchemas, withFieldReference } from '../src/lib/schema-docs.ts';

const root = new URL('..', import.meta.url).pathname;

mkdirSync(join(root, GENERATED_DIR), { recursive: true });
for (const [file, text] of generatedSchemas()) {
  writeFileSync(join(root, GENERATED_DIR, file), text);
  console.log(`đã ghi ${GENERATED_DIR}/${file}`);
}

const contributing = join(root, 'CONTRIBUTING.md');
writeFileSync(contributing, withFieldReference(readFileSync(contributing, 'utf8')));
console.log('đã cập nhật bảng trường trong CONTRIBUTING.md');
