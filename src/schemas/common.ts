import { z } from 'astro/zod';
import { parsePartialDate } from '../lib/dates.ts';

/** A slug: lower-case ASCII letters, digits and hyphens (tone marks removed, đ → d). */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ dùng chữ thường không dấu, số và dấu gạch ngang (slug), ví dụ "thach-ha"');

/**
 * A date as the source gives it: "2022-12-23", "2024-07" or "2024". YAML turns an unquoted
 * 2022-12-23 into a Date, which is accepted and normalised back to text.
 */
export const partialDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine(
    (text) => parsePartialDate(text) !== null,
    'ngày không hợp lệ (date): viết dạng "YYYY-MM-DD", "YYYY-MM" hoặc "YYYY", và ngày phải có thật',
  );

/** A span of time: a single year or a range. */
export const period = z.strictObject({
  /** First day, month or year covered. */
  from: partialDate,
  /** Last day, month or year covered; omitted when the period is a single point. */
  to: partialDate.optional(),
});

/** A non-empty line of text. */
export const text = z.string().trim().min(1, 'không được để trống');

/** An image: a path under public/ (or beside the entry) and its alternative text, which is required. */
export const image = z.strictObject({
  /** Path, e.g. "/minh-hoa/nha-luoi.svg". Only drawings or photos the sources provide; never stock photos. */
  src: text,
  /** What the image shows, in Vietnamese, for people who cannot see it. */
  alt: z.string().trim().min(1, 'ảnh thiếu mô tả thay thế (alt): mô tả ngắn nội dung ảnh bằng tiếng Việt'),
  /** True for a drawing made for this site (not a photograph). */
  illustration: z.boolean().default(true),
});
