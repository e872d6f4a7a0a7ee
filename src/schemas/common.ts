import { z } from 'astro/zod';
import { parsePartialDate } from '../lib/dates.ts';
import { isPhotoPath, photoPathProblem } from '../lib/photos.ts';
import { urlProblem, type UrlKind } from '../lib/url-policy.ts';

// Field descriptions (.describe) are in Vietnamese: they are what press officers read, in their
// editor (src/schemas/generated/*.schema.json) and in CONTRIBUTING.md, both generated from here.

/** Lower-case ASCII words joined by hyphens; the JSON Schemas and the field reference reuse it. */
export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
/** "2022-12-23", "2024-07" or "2024"; whether the day exists is checked by parsePartialDate. */
export const DATE_PATTERN = '^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$';
/** "<dataset>#<observation>" or "<model>#<fact>": a figure held elsewhere. */
export const FIGURE_REF_PATTERN = '^[a-z0-9-]+#[a-z0-9-]+$';

/** A slug: lower-case ASCII letters, digits and hyphens (tone marks removed, đ → d). */
export const slug = z
  .string()
  .regex(new RegExp(SLUG_PATTERN), 'chỉ dùng chữ thường không dấu, số và dấu gạch ngang (slug), ví dụ "thach-ha"');

/**
 * A date as the source gives it: "2022-12-23", "2024-07" or "2024". YAML turns an unquoted
 * 2022-12-23 into a Date, which is accepted and normalised back to text. The meta tells the JSON
 * Schema what editors should accept (the Date branch has no JSON equivalent).
 */
export const partialDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine(
    (text) => parsePartialDate(text) !== null,
    'ngày không hợp lệ (date): viết dạng "YYYY-MM-DD", "YYYY-MM" hoặc "YYYY", và ngày phải có thật',
  )
  .meta({ type: 'string', pattern: DATE_PATTERN });

/** A span of time: a single year or a range. */
export const period = z.strictObject({
  from: partialDate.describe('Ngày, tháng hoặc năm bắt đầu, ví dụ "2022" hoặc "2010-01".'),
  to: partialDate.optional().describe('Ngày, tháng hoặc năm kết thúc; bỏ qua nếu chỉ là một thời điểm.'),
  cumulative: z
    .boolean()
    .optional()
    .describe('true khi nguồn ghi số cộng dồn “đến nay” tới thời điểm from, không nói bắt đầu tính từ khi nào; trang hiện “đến 2024”.'),
});

/** A non-empty line of text. */
export const text = z.string().trim().min(1, 'không được để trống');

/**
 * An address content may hold (src/lib/url-policy.ts): a link is https:, http:, mailto:, tel: or a path
 * on this site; an image is a file on this site. javascript:, data: and outside image hosts are refused.
 */
export const address = (kind: UrlKind) =>
  z.string().check((ctx) => {
    const problem = urlProblem(ctx.value, kind);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

/** A web address: https:// or http:// and a host name. */
export const webUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'địa chỉ web (url) phải có dạng "https://ten-mien.vn/duong-dan"; không dùng javascript:, data: hay địa chỉ không có tên miền',
});

/**
 * An image and its alternative text, which is required. `src` is either an illustration in public/
 * ("/minh-hoa/nha-luoi.svg", served as is) or a photo uploaded beside the entry ("anh/ten-anh.jpg",
 * src/lib/photos.ts), which the site serves as small AVIF/WebP/JPEG copies. Whether the photo file exists,
 * its format and its size are checked by src/lib/integrity.ts, which reads the disk.
 */
export const image = z.strictObject({
  src: z
    .string()
    .check((ctx) => {
      const problem = isPhotoPath(ctx.value) ? photoPathProblem(ctx.value) : urlProblem(ctx.value, 'image');
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
    })
    .describe(
      'Ảnh chụp tải lên trong trang quản trị: "anh/ten-anh.jpg" (tệp nằm trong thư mục anh/ cạnh bài; JPEG, PNG hoặc WebP). Hình vẽ có sẵn trong public/: đường dẫn bắt đầu bằng "/", ví dụ "/minh-hoa/nha-luoi.svg". Không dùng ảnh từ trang khác. Chỉ dùng hình vẽ hoặc ảnh do nguồn cung cấp, không dùng ảnh mẫu.',
    ),
  alt: z
    .string()
    .trim()
    .min(1, 'ảnh thiếu mô tả thay thế (alt): mô tả ngắn nội dung ảnh bằng tiếng Việt')
    .describe('Mô tả ngắn nội dung ảnh bằng tiếng Việt, cho người không xem được ảnh. Bắt buộc.'),
  // No fixed default: left out, a drawing from public/ counts as an illustration and an uploaded photo as a
  // photo (src/components/site/EntryImage.astro), so a press officer who never touches the switch is right.
  illustration: z
    .boolean()
    .optional()
    .describe(
      'true nếu là hình vẽ minh họa làm cho trang này (trang ghi “Hình minh họa” dưới ảnh), false nếu là ảnh chụp. Bỏ trống: hình trong /minh-hoa/ là hình minh họa, ảnh tải lên thư mục anh/ là ảnh chụp.',
    ),
});
