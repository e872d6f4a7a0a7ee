/** `npm run deploy-config`: writes scripts/deploy/nginx.conf from public/_headers. */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseHeaders } from './headers.ts';
import { nginxConfig } from './nginx.ts';

const source = new URL('../../public/_headers', import.meta.url);
const target = new URL('./nginx.conf', import.meta.url);
writeFileSync(target, nginxConfig(parseHeaders(readFileSync(source, 'utf8'))));
console.log(`Đã viết ${target.pathname} từ public/_headers.`);
