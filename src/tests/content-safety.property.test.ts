/**
 * Generated content (fast-check): MDX bodies mixing Markdown, the site's components, HTML, addresses,
 * expressions and numbers, and JSON numbers as an editor might type them. Whatever passes the check must
 * render (through Astro's MDX compiler and JSX renderer) without a script the site did not write, an
 * on* attribute, a javascript:/data:/vbscript: address or an outside image, and with every number as typed.
 */
import fc from 'fast-check';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../lib/mdx-policy.ts';
import { readJson } from '../lib/json-reader.ts';
import { formatNumber } from '../lib/format.ts';
import { renderMdx } from './render-mdx.ts';

const URLS = [
  'https://dvk.example.vn/mo-hinh/',
  'http://baothachha.vn/bai?id=1&x=2',
  'mailto:bbt@example.vn',
  'tel:+842393123456',
  '/so-lieu/thach-ha/#tong-so',
  '#muc-1',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '&#106;avascript:alert(1)',
  'java%0Ascript:alert(1)',
  '<java\tscript:alert(1)>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '/\\evil.example/x',
  'https://tracker.example/p.gif',
  '/minh-hoa/nha-luoi.svg',
];
const ELEMENTS = [
  'abbr',
  'sup',
  'sub',
  'span',
  'em',
  'q',
  'script',
  'style',
  'iframe',
  'img',
  'div',
  'a',
  'object',
  'svg',
  'Figure',
  'General',
  'Leak',
];
const ATTRIBUTES = [
  'title="Ủy ban nhân dân"',
  'lang="en"',
  'of="thach-ha-2022#tong-so"',
  'label',
  'onclick="alert(1)"',
  'onError="alert(1)"',
  'style="color:red"',
  'href="javascript:alert(1)"',
  'src="data:image/svg+xml,<svg onload=alert(1)>"',
  '{...props}',
  'title={globalThis.process}',
  'label={true}',
];

const word = fc.constantFrom('Dân', 'vận', 'khéo', 'xã', 'Thạch Lạc', 'mô hình', 'hộ', 'đồng');
/** A number as an editor types it in prose: "4.200", "138", "82,17". */
const typedNumber = fc.oneof(
  fc.integer({ min: 0, max: 999 }).map(String),
  fc.integer({ min: 1, max: 999_999 }).map((n) => formatNumber(n * 1000)),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${a},${b}`),
);
const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 4 }), typedNumber)
  .map(([words, n]) => `${words.join(' ')} có ${n} hộ.`);
const element = fc
  .tuple(fc.constantFrom(...ELEMENTS), fc.subarray(ATTRIBUTES, { maxLength: 2 }), word)
  .map(([name, attributes, text]) => `<${name}${attributes.map((a) => ` ${a}`).join('')}>${text}</${name}>`);
const link = fc.tuple(word, fc.constantFrom(...URLS)).map(([text, url]) => (url.startsWith('<') ? url : `[${text}](${url})`));
const image = fc.constantFrom(...URLS).map((url) => `![Ảnh minh họa](${url})`);
const reference = fc.constantFrom(...URLS).map((url) => `[xem][r]\n\n[r]: ${url}`);
const expression = fc.constantFrom(
  '{leak}',
  '{1 + 1}',
  '{/* ghi chú */}',
  '{globalThis.process?.env?.PATH}',
  "import fs from 'node:fs'",
  'export const x = 1',
);
const fragment = fc.oneof(
  { arbitrary: sentence, weight: 6 },
  { arbitrary: element, weight: 3 },
  { arbitrary: link, weight: 3 },
  { arbitrary: image, weight: 1 },
  { arbitrary: reference, weight: 1 },
  { arbitrary: expression, weight: 1 },
);
const body = fc.array(fragment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('\n\n'));

const UNSAFE_SCHEME = /^\s*(javascript|data|vbscript):/i;

/** What in rendered HTML the site did not write: returns a description of each, or nothing. */
function unsafeIn(html: string): string[] {
  const found: string[] = [];
  for (const node of parseHtml(html).querySelectorAll('*')) {
    const tag = node.tagName.toLowerCase();
    if (['script', 'style', 'iframe', 'object', 'embed'].includes(tag)) found.push(`<${tag}>`);
    for (const [name, value] of Object.entries(node.attributes)) {
      if (/^on/i.test(name)) found.push(`${name}=`);
      if (name === 'style') found.push('style=');
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name.toLowerCase())) {
        if (UNSAFE_SCHEME.test([...value].filter((char) => char > ' ').join(''))) found.push(`${name}="${value}"`);
        if (name === 'src' && !value.startsWith('/')) found.push(`ảnh ngoài ${value}`);
        if (value.startsWith('//') || value.startsWith('/\\')) found.push(`${name}="${value}"`);
      }
    }
  }
  return found;
}

/** Numbers typed in the body's sentences: "có 4.200 hộ". */
const numbersIn = (text: string) => [...text.matchAll(/có ([\d.,]+) hộ/g)].map((m) => m[1]!);

describe('generated MDX bodies', () => {
  it('the oracle sees what an unchecked body would publish', async () => {
    const html = await renderMdx('<img src="https://tracker.example/p.gif" onerror="alert(1)" />\n\n[x](javascript:alert(1))');
    expect(unsafeIn(html)).toEqual(
      expect.arrayContaining(['onerror=', 'href="javascript:alert(1)"', 'ảnh ngoài https://tracker.example/p.gif']),
    );
  });

  it('anything that passes the check renders safely and keeps every number', async () => {
    let passed = 0;
    await fc.assert(
      fc.asyncProperty(body, async (source) => {
        if (checkMdxBody(source).length > 0) return;
        passed++;
        const html = await renderMdx(source);
        expect(unsafeIn(html), `${source}\n\n${html}`).toEqual([]);
        const text = parseHtml(html).textContent;
        for (const n of numbersIn(source)) expect(text, source).toContain(`có ${n} hộ`);
      }),
      { numRuns: 150, seed: 11 },
    );
    // The property is about something: a fair share of the generated bodies pass the check.
    expect(passed).toBeGreaterThan(20);
  });

  it('anything unsafe is refused: bodies with a fragment known to be unsafe never pass', () => {
    fc.assert(
      fc.property(
        body,
        fc.constantFrom(
          '<script>alert(1)</script>',
          '[x](javascript:alert(1))',
          '{leak}',
          '<b onclick="x">b</b>',
          '![a](https://t.example/p.gif)',
        ),
        (source, bad) => {
          expect(checkMdxBody(`${source}\n\n${bad}`)).not.toEqual([]);
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});

describe('generated JSON numbers', () => {
  const typed = fc.oneof(
    fc.integer({ min: -1e6, max: 1e12 }).map(String),
    fc.double({ noNaN: true }).map((n) => JSON.stringify(n)),
    fc.tuple(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 })).map(([n, digits]) => n.toFixed(digits)),
    fc.constantFrom('-0', '1e309', '-1e309', '12345678901234567890', '1e-400', '0.1', '82.17', '4200', '1.005', '9007199254740993'),
  );
  it('a number that is read without a problem is shown as the same number', () => {
    fc.assert(
      fc.property(typed, (number) => {
        const read = readJson(`{ "value": ${number} }`);
        if (read.error !== undefined || read.problems.length > 0) return;
        const value = (read.data as { value: unknown }).value;
        // JSON.stringify writes Infinity as null: not a number, the schema's business.
        if (typeof value !== 'number') return;
        expect(Object.is(value, Number(number)) && Number.isFinite(value) && !Object.is(value, -0), number).toBe(true);
        // As a page shows it (Vietnamese format), read back: the same value.
        const shown = formatNumber(value);
        expect(Number(shown.replace(/\./g, '').replace(',', '.').replace('−', '-')), `${number} → ${shown}`).toBe(value);
      }),
      { numRuns: 500, seed: 11 },
    );
  });
  it('-0, 1e309 and a duplicate key are never read silently', () => {
    for (const text of ['{ "value": -0 }', '{ "value": 1e309 }', '{ "value": 3, "value": 300000 }'])
      expect(readJson(text).problems).not.toEqual([]);
  });
});
