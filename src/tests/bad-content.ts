/**
 * The bad-content catalogue: every way issue 11 found to break the site through content, as a change to
 * a copy of content/, with the message the check must give. bad-content.test.ts runs each through
 * `npm run check:content` and all of them through one `astro build`.
 */

import { formatBytes, LIMITS } from '../lib/limits.ts';

export interface BadCase {
  id: string;
  /** What an editor (or an attacker) did. */
  what: string;
  /** Files to write, relative to the project root: new text, or a change to the current text. */
  files: Record<string, string | Uint8Array | ((current: string) => string)>;
  /** Each expected problem: the file it must name and a part of its message. */
  expect: { file: string; text: string }[];
  /** The content is accepted, with a warning only. */
  warningOnly?: boolean;
  /** Kept out of the shared build (it changes what every other case relies on). */
  ownBuild?: boolean;
}

const model = (name: string, body: string, extra = '') =>
  [
    '---',
    `name: ${name}`,
    'summary: Mô hình dùng để thử danh mục nội dung xấu.',
    'kind: khong-ro',
    'fields: [kinh-te]',
    'place: vinh-thinh-thach-lac',
    'sources:',
    '  - { source: thach-ha-2022, says: Nguồn nói về mô hình thử. }',
    ...(extra ? [extra] : []),
    '---',
    '',
    body,
    '',
  ].join('\n');

const dataset = (id: string, observations: string, extra = '') =>
  [
    '{',
    `  "title": "Bộ số liệu thử ${id}",`,
    '  "summary": "Bộ số liệu dùng để thử.",',
    '  "place": "thach-ha",',
    '  "period": { "from": "2022" },',
    `  ${extra || '"asOf": "2022-12-23"'},`,
    '  "unit": "mô hình",',
    '  "source": "thach-ha-2022",',
    '  "chart": "none",',
    '  "observations": [',
    `    ${observations}`,
    '  ]',
    '}',
    '',
  ].join('\n');

/**
 * The first bytes of a JPEG of 800 × 600 (start of image, then a frame header), padded to `bytes`: enough for
 * the check, which reads the format and size without decoding. No real photo is needed or invented.
 */
const jpegBytes = (bytes: number) => {
  const head = [
    0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
  ];
  const out = new Uint8Array(Math.max(bytes, head.length));
  out.set(head);
  return out;
};
const photoModel = (id: string, image: string) => model(`Mô hình thử ${id}`, 'Nội dung.', `image: ${image}`);

const body = (id: string, text: string): Pick<BadCase, 'files'> => ({
  files: { [`content/models/thu-${id}.mdx`]: model(`Mô hình thử ${id}`, text) },
});
const bodyFile = (id: string) => `content/models/thu-${id}.mdx`;

const withSource = (change: (source: Record<string, unknown>) => void) => (text: string) => {
  const sources = JSON.parse(text) as Record<string, unknown>[];
  change(sources.find((s) => s.id === 'thach-ha-2022')!);
  return `${JSON.stringify(sources, null, 2)}\n`;
};
const withPlace = (id: string, change: (place: Record<string, unknown>) => void) => (text: string) => {
  const places = JSON.parse(text) as Record<string, unknown>[];
  change(places.find((p) => p.id === id)!);
  return `${JSON.stringify(places, null, 2)}\n`;
};

const STATUS = 'đang thực hiện';

export const BAD_CASES: BadCase[] = [
  {
    id: 'esm',
    what: 'MDX đọc tệp hệ thống bằng import/export rồi in ra {leak}',
    ...body(
      'esm',
      "import { readFileSync } from 'node:fs'\nexport const leak = readFileSync('/etc/hostname', 'utf8')\n\nMáy dựng trang tên là {leak}.",
    ),
    expect: [
      { file: bodyFile('esm'), text: 'không được dùng import/export trong nội dung (ESM)' },
      { file: bodyFile('esm'), text: 'không được dùng biểu thức {leak} trong nội dung (expression)' },
    ],
  },
  {
    id: 'env',
    what: 'MDX in biến môi trường {globalThis.process?.env?.PATH}',
    ...body('env', 'Đường dẫn: {globalThis.process?.env?.PATH}'),
    expect: [{ file: bodyFile('env'), text: 'không được dùng biểu thức {globalThis.process?.env?.PATH}' }],
  },
  {
    id: 'script',
    what: '<script> trong nội dung',
    ...body('script', '<script>alert(1)</script>'),
    expect: [{ file: bodyFile('script'), text: 'thẻ <script> không được dùng trong nội dung' }],
  },
  {
    id: 'style',
    what: '<style> trong nội dung',
    ...body('style', "<style>{'body { display: none }'}</style>"),
    expect: [{ file: bodyFile('style'), text: 'thẻ <style> không được dùng trong nội dung' }],
  },
  {
    id: 'iframe',
    what: '<iframe src=https://…> trong nội dung',
    ...body('iframe', '<iframe src="https://evil.example/"></iframe>'),
    expect: [{ file: bodyFile('iframe'), text: 'thẻ <iframe> không được dùng trong nội dung' }],
  },
  {
    id: 'img-onerror',
    what: '<img onerror> trong nội dung',
    ...body('img-onerror', '<img src="/x.png" alt="x" onerror="alert(1)" />'),
    expect: [
      { file: bodyFile('img-onerror'), text: 'thẻ HTML <img> không có trong danh sách cho phép' },
      { file: bodyFile('img-onerror'), text: 'thuộc tính sự kiện onerror (event handler)' },
    ],
  },
  {
    id: 'div-onclick',
    what: '<div onclick> trong nội dung',
    ...body('div-onclick', '<div onclick="alert(1)">Bấm</div>'),
    expect: [{ file: bodyFile('div-onclick'), text: 'thuộc tính sự kiện onclick (event handler)' }],
  },
  {
    id: 'object',
    what: '<object> trong nội dung',
    ...body('object', '<object data="/x.pdf"></object>'),
    expect: [{ file: bodyFile('object'), text: 'thẻ <object> không được dùng trong nội dung' }],
  },
  {
    id: 'style-attribute',
    what: 'thuộc tính style và thuộc tính trải {...props}',
    ...body('style-attribute', 'Chữ <span style="color: red" {...props}>đỏ</span>.'),
    expect: [
      { file: bodyFile('style-attribute'), text: 'thuộc tính style trong <span> không được dùng' },
      { file: bodyFile('style-attribute'), text: 'thuộc tính trải {…} (spread attribute)' },
    ],
  },
  {
    id: 'link-javascript',
    what: 'liên kết [x](javascript:…)',
    ...body('link-javascript', '[Bấm vào đây](javascript:alert(1))'),
    expect: [{ file: bodyFile('link-javascript'), text: 'dùng giao thức javascript: không được phép' }],
  },
  {
    id: 'link-data',
    what: 'liên kết data:',
    ...body('link-data', '[Bấm vào đây](data:text/html;base64,PHNjcmlwdD4=)'),
    expect: [{ file: bodyFile('link-data'), text: 'dùng giao thức data: không được phép' }],
  },
  {
    id: 'link-vbscript',
    what: 'liên kết vbscript:',
    ...body('link-vbscript', '[Bấm vào đây](vbscript:msgbox)'),
    expect: [{ file: bodyFile('link-vbscript'), text: 'dùng giao thức vbscript: không được phép' }],
  },
  {
    id: 'source-url',
    what: 'javascript: trong url của sources.json (in vào JSON-LD)',
    files: { 'content/sources.json': withSource((s) => (s.url = 'javascript:alert(1)')) },
    expect: [{ file: 'content/sources.json', text: 'thach-ha-2022.url: địa chỉ web (url) phải có dạng' }],
  },
  {
    id: 'image-javascript',
    what: "image.src: 'javascript:…'",
    files: {
      [bodyFile('image-javascript')]: model('Mô hình thử image-javascript', 'Nội dung.', "image: { src: 'javascript:alert(1)', alt: Ảnh }"),
    },
    expect: [{ file: bodyFile('image-javascript'), text: 'image.src: ảnh "javascript:alert(1)" không nằm trên trang này' }],
  },
  {
    id: 'image-tracker',
    what: 'ảnh theo dõi từ trang ngoài (frontmatter và nội dung)',
    files: {
      [bodyFile('image-tracker')]: model(
        'Mô hình thử image-tracker',
        '![Ảnh](https://tracker.example/p.gif)',
        "image: { src: 'https://tracker.example/p.gif', alt: Ảnh }",
      ),
    },
    expect: [
      { file: bodyFile('image-tracker'), text: 'image.src: ảnh "https://tracker.example/p.gif" không nằm trên trang này' },
      { file: bodyFile('image-tracker'), text: 'nội dung, dòng 12: ảnh "https://tracker.example/p.gif" không nằm trên trang này' },
    ],
  },
  {
    id: 'photo-missing',
    what: 'ảnh tải lên không có tệp (image.src trỏ tới tệp không tồn tại)',
    files: {
      [bodyFile('photo-missing')]: photoModel('photo-missing', '{ src: anh/khong-co.jpg, alt: Ảnh chụp nhà lưới, illustration: false }'),
    },
    expect: [{ file: bodyFile('photo-missing'), text: 'image.src: không tìm thấy tệp ảnh content/models/anh/khong-co.jpg (missing file)' }],
  },
  {
    id: 'photo-no-alt',
    what: 'ảnh tải lên không có mô tả thay thế (alt)',
    files: {
      'content/models/anh/thu-khong-alt.jpg': jpegBytes(2000),
      [bodyFile('photo-no-alt')]: photoModel('photo-no-alt', "{ src: anh/thu-khong-alt.jpg, alt: ' ', illustration: false }"),
    },
    expect: [{ file: bodyFile('photo-no-alt'), text: 'image.alt: ảnh thiếu mô tả thay thế (alt)' }],
  },
  {
    id: 'photo-too-big',
    what: 'ảnh tải lên quá giới hạn kích thước',
    files: {
      'content/models/anh/thu-qua-lon.jpg': jpegBytes(LIMITS.photoFile + 1),
      [bodyFile('photo-too-big')]: photoModel('photo-too-big', '{ src: anh/thu-qua-lon.jpg, alt: Ảnh chụp, illustration: false }'),
    },
    expect: [
      {
        file: bodyFile('photo-too-big'),
        text: `image.src: ảnh content/models/anh/thu-qua-lon.jpg nặng ${formatBytes(LIMITS.photoFile + 1)}, quá giới hạn ${formatBytes(LIMITS.photoFile)} (size limit)`,
      },
    ],
  },
  {
    id: 'photo-format',
    what: 'ảnh HEIC (định dạng không dùng được)',
    files: { [bodyFile('photo-format')]: photoModel('photo-format', '{ src: anh/anh-chup.heic, alt: Ảnh chụp, illustration: false }') },
    expect: [
      { file: bodyFile('photo-format'), text: 'image.src: ảnh "anh/anh-chup.heic" có định dạng .heic không dùng được (image format)' },
    ],
  },
  {
    id: 'photo-not-an-image',
    what: 'tệp SVG (có script) đổi đuôi thành .jpg',
    files: {
      'content/models/anh/thu-gia.jpg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      [bodyFile('photo-not-an-image')]: photoModel('photo-not-an-image', '{ src: anh/thu-gia.jpg, alt: Ảnh chụp, illustration: false }'),
    },
    expect: [
      {
        file: bodyFile('photo-not-an-image'),
        text: 'image.src: tệp content/models/anh/thu-gia.jpg không phải ảnh JPEG đọc được (image format)',
      },
    ],
  },
  {
    id: 'photo-outside',
    what: 'ảnh tải lên trỏ ra ngoài thư mục anh/ (../../)',
    files: { [bodyFile('photo-outside')]: photoModel('photo-outside', "{ src: '../../package.json', alt: Ảnh }") },
    expect: [{ file: bodyFile('photo-outside'), text: 'image.src: ảnh "../../package.json" có định dạng .json không dùng được' }],
  },
  {
    id: 'duplicate-key',
    what: 'khóa lặp trong bộ số liệu ("value": 3, "value": 300000)',
    files: {
      'content/stats/thu-khoa-lap.json': dataset(
        'khoa-lap',
        '{ "id": "a", "label": "A", "value": 3,\n      "value": 300000, "unit": "mô hình" }',
      ),
    },
    expect: [
      {
        file: 'content/stats/thu-khoa-lap.json',
        text: 'observations.0.value: trường "value" bị lặp (duplicate key) ở dòng 12, đã có ở dòng 11',
      },
    ],
  },
  {
    id: 'negative-zero',
    what: '-0 hiện thành "-0 mô hình"',
    files: { 'content/stats/thu-am-khong.json': dataset('am-khong', '{ "id": "a", "label": "A", "value": -0, "unit": "mô hình" }') },
    expect: [{ file: 'content/stats/thu-am-khong.json', text: 'observations.0.value: số -0 (âm không, negative zero)' }],
  },
  {
    id: 'infinity',
    what: '1e309 (báo là "cần số, đang là số null")',
    files: { 'content/stats/thu-vo-han.json': dataset('vo-han', '{ "id": "a", "label": "A", "value": 1e309, "unit": "mô hình" }') },
    expect: [
      { file: 'content/stats/thu-vo-han.json', text: 'observations.0.value: số 1e309 quá lớn, không biểu diễn được (vô hạn, non-finite)' },
    ],
  },
  {
    id: 'out-of-range',
    what: 'số vượt giới hạn số nguyên chính xác',
    files: {
      'content/stats/thu-qua-lon.json': dataset('qua-lon', '{ "id": "a", "label": "A", "value": 12345678901234567890, "unit": "đồng" }'),
    },
    expect: [
      { file: 'content/stats/thu-qua-lon.json', text: 'observations.0.value: số 12345678901234567890 vượt quá giới hạn (out of range)' },
    ],
  },
  {
    id: 'future-dates',
    what: 'ngày năm 2099 (hiện trên trang chủ và RSS)',
    files: {
      [bodyFile('future-dates')]: model('Mô hình thử future-dates', 'Nội dung.', "added: '2099-01-01'"),
      'content/stats/thu-tuong-lai.json': dataset(
        'tuong-lai',
        '{ "id": "a", "label": "A", "value": 3, "unit": "mô hình" }',
        '"asOf": "2099-12-31"',
      ),
    },
    expect: [
      { file: bodyFile('future-dates'), text: 'added: ngày "2099-01-01" ở tương lai' },
      { file: bodyFile('future-dates'), text: 'scheduled: true' },
      { file: 'content/stats/thu-tuong-lai.json', text: 'asOf: ngày "2099-12-31" ở tương lai' },
    ],
  },
  {
    id: 'bom',
    what: 'BOM ở đầu tệp JSON (báo là "Unexpected token", đứng sau 11 dòng tham chiếu treo)',
    files: { 'content/places.json': (text) => `\uFEFF${text}` },
    expect: [
      { file: 'content/places.json', text: 'tệp bắt đầu bằng ký tự BOM (U+FEFF); lưu lại dưới dạng UTF-8 không BOM' },
      { file: 'content/places.json', text: 'vì tệp này không đọc được,' },
    ],
  },
  {
    id: 'nfd-enum',
    what: 'giá trị danh mục gõ ở dạng NFD (dấu rời): nay được chuẩn hóa NFC khi đọc, kèm cảnh báo',
    files: { [bodyFile('nfd-enum')]: model('Mô hình thử nfd-enum', 'Nội dung.', `status: ${STATUS.normalize('NFD')}`) },
    expect: [{ file: bodyFile('nfd-enum'), text: 'status: chữ không ở dạng Unicode NFC' }],
    warningOnly: true,
  },
  {
    id: 'lookalike-enum',
    what: 'giá trị danh mục trông giống hệt nhưng khác mã ký tự (chữ a Kirin)',
    files: { [bodyFile('lookalike-enum')]: model('Mô hình thử lookalike-enum', 'Nội dung.', `status: ${STATUS.replace('a', '\u0430')}`) },
    expect: [
      { file: bodyFile('lookalike-enum'), text: 'trông giống "đang thực hiện" nhưng khác mã ký tự (look-alike)' },
      { file: bodyFile('lookalike-enum'), text: 'ký tự thứ 2 gõ vào là "а" U+0430, đúng là "a" U+0061' },
    ],
  },
  {
    id: 'duplicate-name-nfd',
    what: 'hai mô hình cùng tên (một NFC, một NFD)',
    files: {
      'content/models/thu-ten-dung-san.mdx': model('Mô hình thử trùng tên ở Thạch Lạc', 'Nội dung.'),
      'content/models/thu-ten-to-hop.mdx': model('Mô hình thử trùng tên ở Thạch Lạc'.normalize('NFD'), 'Nội dung.'),
    },
    expect: [
      {
        file: 'content/models/thu-ten-to-hop.mdx',
        text: 'name: trùng tên (duplicate name) "Mô hình thử trùng tên ở Thạch Lạc" với content/models/thu-ten-dung-san.mdx',
      },
    ],
  },
  {
    id: 'duplicate-name-nfc',
    what: 'hai mô hình cùng tên (cả hai NFC, khác chữ hoa)',
    files: {
      'content/models/thu-ten-a.mdx': model('Mô hình thử hai lần', 'Nội dung.'),
      'content/models/thu-ten-b.mdx': model('Mô hình thử HAI LẦN', 'Nội dung.'),
    },
    expect: [
      {
        file: 'content/models/thu-ten-b.mdx',
        text: 'name: trùng tên (duplicate name) "Mô hình thử HAI LẦN" với content/models/thu-ten-a.mdx',
      },
    ],
  },
  {
    id: 'huge-mdx',
    what: 'tệp MDX 5 MB',
    files: { [bodyFile('huge-mdx')]: model('Mô hình thử huge-mdx', 'Dân vận khéo. '.repeat(360_000)) },
    expect: [{ file: bodyFile('huge-mdx'), text: 'quá giới hạn 128 KB cho một tệp MDX (size limit)' }],
  },
  {
    id: 'huge-dataset',
    what: 'bộ số liệu 28.000 số liệu (trang 16,9 MB)',
    files: {
      'content/stats/thu-qua-nhieu.json': dataset(
        'qua-nhieu',
        Array.from({ length: 28_000 }, (_, i) => `{ "id": "so-${i}", "label": "Số ${i}", "value": ${i}, "unit": "mô hình" }`).join(
          ',\n    ',
        ),
      ),
    },
    expect: [{ file: 'content/stats/thu-qua-nhieu.json', text: 'quá giới hạn 64 KB cho một bộ số liệu (size limit)' }],
  },
  {
    id: 'emoji-title',
    what: 'emoji trong tên (ảnh chia sẻ để trống)',
    files: { [bodyFile('emoji-title')]: model('Mô hình thử emoji 🎉', 'Nội dung.') },
    expect: [
      {
        file: bodyFile('emoji-title'),
        text: 'name: có ký tự phông chữ của ảnh chia sẻ không vẽ được (emoji hoặc chữ ngoài tiếng Việt): "🎉" U+1F389',
      },
    ],
  },
  {
    id: 'parent-loop',
    what: 'chuỗi cấp trên của địa phương lặp vòng (dựng trang treo, bị dừng sau 240 s)',
    files: { 'content/places.json': withPlace('thach-ha', (p) => (p.parent = 'vinh-thinh-thach-lac')) },
    expect: [{ file: 'content/places.json', text: 'chuỗi cấp trên (parent) lặp vòng: ' }],
    ownBuild: true,
  },
];
