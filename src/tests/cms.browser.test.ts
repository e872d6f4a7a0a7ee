/**
 * The admin (/quan-tri/, `npm run cms`) driven in Chromium through its real interface, against a copy
 * of the project so the working copy is never touched. The admin server is the one `npm run cms` mounts
 * (src/admin/server.ts): Decap CMS and decap-server's file proxy writing into the copy's content/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminMiddleware } from '../admin/server.ts';
import { launchBrowser } from './browser.ts';
import { astroBuildAsync, copyProject, projectRoot } from './build-helpers.ts';
import { cover } from './templates.ts';

let root = '';
let url = '';
let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  root = copyProject();
  const handler = await adminMiddleware(root);
  server = createServer((req, res) => handler(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(120_000);
  page.setDefaultNavigationTimeout(180_000);
  // Decap asks before leaving an entry with unsaved changes (yes: a failed test must not block the next) and
  // whether to restore a draft it kept in the browser (no: every test starts from the file on disk).
  page.on('dialog', (dialog) => void (/bản sao lưu/.test(dialog.message()) ? dialog.dismiss() : dialog.accept()));
  await page.goto(`${url}/quan-tri/`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Bộ sưu tập').waitFor();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** Closes the messages still shown, so that a message read later is about what comes next. */
async function closeMessages() {
  // A message may close by itself meanwhile: a short wait, not the page's default.
  for (const close of await page.locator('.Toastify__close-button').all()) await close.click({ timeout: 2_000 }).catch(() => undefined);
  // Closing is animated; the admin's own messages close within 8 s anyway.
  await expect.poll(() => page.locator('.Toastify__toast').count(), { timeout: 20_000, interval: 200 }).toBe(0);
}

/**
 * Opens an entry with its content read from disk again. Decap keeps an open entry's form when the address
 * changes from that entry to itself, and compares later edits with the entry as first loaded (not as saved):
 * going through a page that is not an editor makes it load the file anew.
 */
async function open(collection: string, slug: string) {
  await closeMessages();
  const entry = `#/collections/${collection}/entries/${slug}`;
  await page.evaluate(() => (location.hash = '#/khong-co'));
  // Under load (CI, two test files at once), Decap may still be finishing what the last save started (loading
  // the saved entry, then going to its address) and take the page back from "not found" to the entry as first
  // loaded. Loading the admin afresh reads the file from disk too, as a person reloading the page would.
  const notFound = await page
    .getByText('Không tìm thấy')
    .waitFor({ timeout: 20_000 })
    .then(() => true)
    .catch(() => false);
  if (notFound) await page.evaluate((hash) => (location.hash = hash), entry);
  else await page.goto(`${url}/quan-tri/${entry}`);
  await page.locator('input[type="text"]:visible').first().waitFor();
}

/** Clicks "Công bố" then "Công bố ngay" (simple publishing: one action saves and publishes). */
async function clickPublish() {
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByText('Công bố ngay').click();
}

/** Publishes and waits until the admin says the changes are saved; a refusal fails with its message. */
async function publish(file: string) {
  await clickPublish();
  const refused = page.locator('.Toastify__toast--error').first();
  await Promise.race([page.getByText('Thay đổi đã được lưu').waitFor(), refused.waitFor()]);
  if (await refused.isVisible()) {
    const beside = await page
      .locator('ul li')
      .filter({ hasText: /không được để trống/ })
      .allInnerTexts();
    throw new Error(`Admin refused to save ${file}: ${await refused.innerText()} ${beside.join('; ')}`);
  }
}

/** Each file's collection, entry and the field the round trip edits (the nth box with that label). */
const entries: [file: string, collection: string, slug: string, label: string, nth: number][] = [
  ...['articles', 'models', 'stats'].flatMap((collection) =>
    readdirSync(join('content', collection)).map((name): [string, string, string, string, number] => [
      `content/${collection}/${name}`,
      collection,
      name.replace(/\.(mdx|json)$/, ''),
      { articles: 'Tiêu đề bài', models: 'Tên mô hình đúng như nguồn ghi', stats: 'Tiêu đề bộ số liệu' }[collection] ?? '',
      0,
    ]),
  ),
  ['content/places.json', 'lists', 'places', 'Tên không kèm chữ chỉ cấp', 1],
  ['content/sources.json', 'lists', 'sources', 'Tiêu đề như bài gốc ghi', 1],
];

/**
 * What a file asks of the admin's forms: every key it uses (at any depth, with its kind of value) and every
 * component in its body. Files that together use all of them go through the browser in `npm test`.
 */
function kindsOfFile(text: string): Set<string> {
  const kinds = new Set<string>();
  const kindOf = (value: string) =>
    /^[[{]/.test(value)
      ? value[0]
      : /^-?\d+[.,]\d/.test(value)
        ? 'decimal'
        : /^-?\d/.test(value)
          ? 'integer'
          : /^(null|true|false)\b/.test(value)
            ? value.split(/\W/)[0]
            : /^["']/.test(value)
              ? `quoted${/\\|\n/.test(value) ? ' escaped' : ''}`
              : value
                ? 'text'
                : 'block';
  for (const [, key, value] of text.matchAll(/^\s*(?:- )?"?([A-Za-z_]+)"?\s*:\s*(.*)$/gm)) kinds.add(`${key}:${kindOf(value ?? '')}`);
  for (const [, component] of text.matchAll(/<([A-Z][A-Za-z]+)/g)) kinds.add(`<${component}`);
  return kinds;
}

/** In each collection, the files that together use every kind (templates.ts's greedy set cover). */
function covering(files: typeof entries): typeof entries {
  return [...new Set(files.map((entry) => entry[1]))].flatMap((collection) => {
    const pool = files.filter((entry) => entry[1] === collection);
    const chosen = cover(pool.map(([file]) => ({ file, kinds: kindsOfFile(read(file)) })));
    return chosen.map((file) => pool.find((entry) => entry[0] === file)!);
  });
}

// Every file through the browser takes 4 to 8 minutes on 2 cores, more than the rest of `npm test` together; so
// `npm test` takes the files that together use every key and component (each field widget and each way of
// writing a value), and ADMIN_ROUND_TRIP=all takes them all. Every file still goes through the same reading and
// writing code byte for byte in src/admin/formats.test.ts.
const roundTrip = process.env.ADMIN_ROUND_TRIP === 'all' ? entries : covering(entries);

describe(`round trip: ${roundTrip.length === entries.length ? 'every content file' : 'the content files that together use every key and component,'} opened in the admin, edited, saved, edited back and saved`, () => {
  it('covers every collection, and both lists', () => {
    expect(new Set(roundTrip.map((entry) => entry[1]))).toEqual(new Set(['articles', 'models', 'stats', 'lists']));
    expect(roundTrip.filter((entry) => entry[1] === 'lists')).toHaveLength(2);
  });

  it.each(roundTrip.map((entry) => [...entry, true] as const))(
    '%s: only the edited line changes',
    async (file, collection, slug, label, nth, revert) => {
      const original = read(file);
      await open(collection, slug);
      const box = page.getByLabel(label, { exact: true }).nth(nth);
      const value = await box.inputValue();
      await box.fill(`${value} x`);
      await publish(file);
      // Every line but the edited one is written back byte for byte.
      const lines = original.split('\n');
      const edited = read(file).split('\n');
      const changed = edited.flatMap((line, i) => (line === lines[i] ? [] : [i]));
      expect(edited).toHaveLength(lines.length);
      expect(changed).toHaveLength(1);
      expect(edited[changed[0] ?? 0]).toMatch(/ x['"]?,?$/);
      if (!revert) return;
      // Edited back and saved again: the file is what it was, byte for byte.
      await open(collection, slug);
      await page.getByLabel(label, { exact: true }).nth(nth).fill(value);
      await publish(file);
      expect(read(file)).toBe(original);
    },
  );
});

/** Publishes and expects a refusal: returns the error's text; the file must be unchanged. */
async function refusedSave(file: string): Promise<string> {
  const before = read(file);
  await clickPublish();
  const toast = page.locator('.Toastify__toast--error').first();
  await toast.waitFor();
  const text = await toast.innerText();
  expect(read(file)).toBe(before);
  return text;
}

describe('bad input is refused in Vietnamese, in the checker’s words, and nothing is written', () => {
  it('an empty required field', async () => {
    await open('models', 'camera-an-ninh-cho-moi');
    await page.getByLabel('Tên mô hình đúng như nguồn ghi').fill('');
    await refusedSave('content/models/camera-an-ninh-cho-moi.mdx');
    await expect.poll(() => page.getByText('Tên mô hình đúng như nguồn ghi: không được để trống').count()).toBeGreaterThan(0);
  });

  it('a date of 30/02', async () => {
    const file = 'content/articles/thach-ha-138-mo-hinh-dan-van-kheo-nam-2022.mdx';
    await open('articles', 'thach-ha-138-mo-hinh-dan-van-kheo-nam-2022');
    await page.getByLabel('Ngày đăng bài trên trang này').fill('2024-02-30');
    const message = await refusedSave(file);
    expect(message).toContain(`${file} › published`);
    expect(message).toContain('ngày "2024-02-30" không hợp lệ (date): tháng 2/2024 chỉ có 29 ngày');
  });

  it('a photo without alt text', async () => {
    const file = 'content/models/hu-gao-tinh-thuong-long-huu.mdx';
    await open('models', 'hu-gao-tinh-thuong-long-huu');
    await page.getByLabel('Mô tả ngắn nội dung ảnh bằng tiếng Việt').fill('');
    const message = await refusedSave(file);
    expect(message).toContain(`${file} › image.alt`);
    expect(message).toContain('ảnh thiếu mô tả thay thế (alt)');
  });

  it('a figure id that does not exist, inline in the body', async () => {
    const file = 'content/models/camera-an-ninh-cho-moi.mdx';
    await open('models', 'camera-an-ninh-cho-moi');
    const body = page.getByLabel(/^Nội dung bài/);
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Có <Figure of="khong-co#so-lieu" /> hộ.');
    const message = await refusedSave(file);
    expect(message).toContain(`${file} › nội dung`);
    expect(message).toContain('không có bộ số liệu "khong-co" (dangling reference) trong content/stats/');
  });

  it('deleting a place that other files cite names who cites it', async () => {
    await open('lists', 'places');
    // An open list item's summary ("mã — tên") is hidden; its top bar, just before it, ends with the remove button (✕).
    const summaries = page.getByText(/^thach-lac — /);
    const count = await summaries.count();
    await summaries.first().locator('xpath=preceding-sibling::*[1]').locator('button').last().click();
    await expect.poll(() => summaries.count()).toBe(count - 1);
    const message = await refusedSave('content/places.json');
    expect(message).toContain('content/articles/thach-ha-138-mo-hinh-dan-van-kheo-nam-2022.mdx');
    expect(message).toContain('thach-lac');
  });
});

/** Picks `option` in the select list (react-select) labelled `label`, typing `search` to find it. */
async function choose(label: string | RegExp, search: string, option: string | RegExp) {
  await page.getByLabel(label).click();
  await page.keyboard.type(search);
  await page.getByText(option).first().click();
}

describe('a press officer’s task, in the admin as a person would do it', () => {
  const slug = 'to-tuyen-truyen-ap-thu-nghiem';
  const file = `content/models/${slug}.mdx`;
  const alt = 'Ảnh thử của bài kiểm thử: một nền màu xanh lá';
  const story = '/bai-viet/xa-long-huu-tong-ket-cong-tac-dan-van-nam-2020/';

  it('a new model profile in a commune, with a photo, a figure in a sentence and a link to a story: a draft first, then published; it passes the check, builds and shows them', async () => {
    // The photo is made now (never a committed fake photo): 800×600, one colour.
    const photoDir = mkdtempSync(join(tmpdir(), 'dvk-anh-'));
    const photo = join(photoDir, 'anh-thu.jpg');
    await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 40, g: 120, b: 90 } } })
      .jpeg()
      .toFile(photo);

    await closeMessages();
    await page.evaluate(() => (location.hash = '#/collections/models'));
    await page.getByText('Thêm mô hình mới').click();
    await page.getByLabel('Tên mô hình đúng như nguồn ghi', { exact: true }).fill('Tổ tuyên truyền ấp thử nghiệm');
    await page.getByLabel('Mô hình làm gì', { exact: true }).fill('Mô hình thử nghiệm của bài kiểm thử trang quản trị, không đăng thật.');
    await page.getByLabel('Loại mô hình', { exact: true }).click();
    await page.getByText('Tập thể (tap-the)', { exact: true }).click();
    await page.getByLabel('Một hoặc nhiều lĩnh vực của mô hình', { exact: true }).click();
    await page
      .getByText(/^Văn hóa – xã hội/)
      .first()
      .click();
    // The commune, from the list of places.
    await choose('Mã địa phương chi tiết nhất mà nguồn cho phép', 'Long Hữu', 'Long Hữu — xã (long-huu)');
    await page.getByRole('button', { name: /^Thêm: nguồn/ }).click();
    await choose('Mã nguồn trong content/sources', 'long-huu-2020', /\(long-huu-2020\)$/);
    await page
      .getByLabel('Nguồn đó nói gì về mô hình', { exact: true })
      .fill('Bài kiểm thử: nguồn nêu số lượt người dự các buổi tuyên truyền.');

    // The photo: uploaded through the media library, with its alt text (the photo pipeline is issue 12's other half).
    await page.getByRole('button', { name: 'Chọn một hình' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('Tải lên', { exact: true }).click();
    await (await chooser).setFiles(photo);
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await page.getByLabel(/^Mô tả ngắn nội dung ảnh/).fill(alt);

    // The text, then the figure put in the middle of its sentence from the picker, and a link to a story.
    const body = page.getByLabel(/^Nội dung bài/);
    await body.fill(`Năm 2020, các buổi tuyên truyền ở xã thu hút  dự. Xem [bài tổng kết của xã Long Hữu](${story}).\n`);
    const at = 'Năm 2020, các buổi tuyên truyền ở xã thu hút '.length;
    await body.evaluate((box: HTMLTextAreaElement, at) => box.setSelectionRange(at, at), at);
    await page.getByLabel('Chọn mục cần chèn').selectOption('long-huu-2020-tuyen-truyen-hoc-tap#tuyen-truyen-luot-nguoi');
    await page.getByRole('button', { name: 'Chèn vào chỗ con trỏ' }).click();

    // A new entry starts as a draft ("Bản nháp" ticked): saved as one.
    await publish(file);
    const draft = read(file);
    expect(draft).toMatch(/^draft: true$/m);
    expect(draft).toContain('thu hút <Figure of="long-huu-2020-tuyen-truyen-hoc-tap#tuyen-truyen-luot-nguoi" /> dự.');
    // The photo sits beside the profile (content/models/anh/), written without its metadata (src/admin/upload.ts).
    const uploaded = (/src: (\S+)/.exec(draft)?.[1] ?? '').replace(/^["']|["']$/g, '');
    expect(uploaded).toMatch(/^anh\/[a-z0-9-]+\.(jpe?g|png|webp)$/);
    expect(existsSync(join(root, 'content/models', uploaded))).toBe(true);
    expect(draft).not.toMatch(/illustration: true/);

    // A draft is not published: that a release build leaves drafts out is drafts.test.ts's gate, for every
    // collection; here the admin's part is that the new file says `draft: true` (checked above).

    // One action publishes: the draft box unticked, then "Công bố".
    await open('models', slug);
    await page.getByLabel(/^Bản nháp/).click();
    await publish(file);
    expect(read(file)).toMatch(/^draft: false$/m);

    const out = mkdtempSync(join(tmpdir(), 'dvk-cms-site-'));
    const check = spawnSync(process.execPath, [join(projectRoot, 'scripts/check-content.ts'), `--root=${root}`], { encoding: 'utf8' });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    try {
      const build = await astroBuildAsync(root, out);
      expect(build.status, build.output.slice(-3000)).toBe(0);
      const html = readFileSync(join(out, 'mo-hinh', slug, 'index.html'), 'utf8');
      // The figure in Vietnamese digits, the link to the story, the photo with its alt text.
      expect(html).toMatch(/thu hút[\s\S]{0,600}5\.855[\s\S]{0,600}dự\./);
      expect(html).toContain(`href="${story}"`);
      // …through astro:assets (AVIF and WebP copies), with no "Hình minh họa" caption: it is a photo.
      expect(html).toMatch(new RegExp(`<img[^>]*alt="${alt}"`));
      expect(html).toMatch(/<source[^>]*type="image\/avif"/);
      expect(html).not.toContain('Hình minh họa');
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(photoDir, { recursive: true, force: true });
    }
  }, 900_000);
});
