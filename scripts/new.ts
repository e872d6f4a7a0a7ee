/**
 * npm run new -- <loại> "Tiêu đề" [--slug ma-rieng]
 * Creates a story (bai-viet), model (mo-hinh), dataset (so-lieu) or place (dia-phuong) with every
 * required field present and blank, never overwriting an existing one, then says what to do next.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  appendPlace,
  articleStub,
  datasetStub,
  isScaffoldKind,
  modelStub,
  placeStub,
  SCAFFOLD_KINDS,
  slugForTitle,
  today,
  type ScaffoldKind,
} from '../src/lib/scaffold.ts';
import { slugify } from '../src/lib/slugify.ts';
import { closest } from '../src/lib/suggest.ts';

const root = new URL('..', import.meta.url).pathname;
const kinds = Object.keys(SCAFFOLD_KINDS);
const usage = [
  'Cách dùng: npm run new -- <loại> "Tiêu đề" [--slug ma-rieng]',
  `  <loại>: ${kinds.join(', ')}`,
  '  ví dụ:  npm run new -- bai-viet "Thạch Hà nhân rộng mô hình nhà lưới"',
].join('\n');

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const slugFlag = args.indexOf('--slug');
const chosenSlug = slugFlag >= 0 ? args[slugFlag + 1] : undefined;
const [kind, ...words] = args.filter((_, i) => slugFlag < 0 || (i !== slugFlag && i !== slugFlag + 1));
const title = words.join(' ').trim();

if (!kind) fail('Thiếu loại nội dung.');
if (!isScaffoldKind(kind)) {
  const guess = closest(slugify(kind), kinds);
  fail(`Không có loại "${kind}"${guess ? `; có phải "${guess}"?` : '.'}`);
}
if (!title) fail(`Thiếu tiêu đề ${SCAFFOLD_KINDS[kind].noun}, đặt trong dấu ngoặc kép.`);
if (slugFlag >= 0 && (!chosenSlug || chosenSlug !== slugify(chosenSlug))) {
  fail(`Mã sau --slug phải viết thường, không dấu, nối bằng gạch ngang, ví dụ "${slugify(chosenSlug ?? title)}".`);
}

const slug = chosenSlug ?? slugForTitle(title);
if (!slug) fail('Tiêu đề cần có ít nhất một chữ hoặc số.');
const { noun, folder, extension, page } = SCAFFOLD_KINDS[kind as ScaffoldKind];
const date = today();

const refuse = (where: string) =>
  fail(`Đã có ${noun} mã "${slug}" (${where}): không ghi đè. Chọn tiêu đề khác, hoặc đặt mã khác: --slug ${slug}-2`);

let created: string;
if (kind === 'dia-phuong') {
  const path = join(root, folder);
  const text = readFileSync(path, 'utf8');
  const ids = (JSON.parse(text) as { id?: string }[]).map((p) => String(p.id));
  if (ids.some((id) => slugify(id) === slug)) refuse(folder);
  writeFileSync(path, appendPlace(text, placeStub(slug, title)));
  created = `${folder} (mục "${slug}" ở cuối tệp)`;
} else {
  const dir = join(root, folder);
  const file = join(dir, `${slug}${extension}`);
  const taken = existsSync(dir) && readdirSync(dir).some((name) => slugify(name.replace(/\.[^.]+$/, '')) === slug);
  if (existsSync(file) || taken) refuse(`${folder}/${slug}${extension}`);
  const content = kind === 'bai-viet' ? articleStub(title, date) : kind === 'mo-hinh' ? modelStub(title, date) : datasetStub(title, date);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content, { flag: 'wx' });
  created = `${folder}/${slug}${extension}`;
}

const draft = kind === 'bai-viet' || kind === 'mo-hinh';
console.log(
  [
    `Đã tạo ${noun}: ${created}${draft ? ' (bản nháp, draft: true)' : ''}`,
    '',
    'Tiếp theo:',
    `  1. Mở tệp, điền các trường còn trống${kind === 'so-lieu' || kind === 'dia-phuong' ? ' ("" hoặc null)' : ' (ghi chú # ở ngay trên mỗi dòng)'}.`,
    '  2. npm run check:content   liệt kê các trường còn thiếu hoặc sai, và cách sửa.',
    `  3. npm run dev             xem trước tại http://localhost:4321${page}${slug}/`,
    draft
      ? '  4. Khi xong: xóa dòng draft: true, chạy npm run check, rồi gửi thay đổi (xem CONTRIBUTING.md, mục “Xuất bản”).'
      : '  4. Khi xong: chạy npm run check, rồi gửi thay đổi (xem CONTRIBUTING.md, mục “Xuất bản”).',
  ].join('\n'),
);
