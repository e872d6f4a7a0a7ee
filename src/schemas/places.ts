import { z } from 'astro/zod';
import { PLACE_LEVELS } from '../lib/vocabulary.ts';
import { partialDate, slug, text } from './common.ts';

/** What happened to a unit in an administrative reform (e.g. 1 July 2025). */
export const placeChangeSchema = z.strictObject({
  date: partialDate.describe('Ngày thay đổi có hiệu lực, ví dụ "2025-07-01".'),
  change: z
    .enum(['sáp nhập', 'bãi bỏ', 'giữ nguyên'])
    .describe('"sáp nhập" (nhập vào đơn vị khác), "bãi bỏ" (cấp này không còn), "giữ nguyên" (không đổi).'),
  into: slug.optional().describe('Mã đơn vị mà nó nhập vào, nếu đơn vị đó có trong content/places.json.'),
  note: text.describe('Một câu tiếng Việt nói đơn vị này trở thành gì.'),
  source: slug
    .optional()
    .describe('Mã văn bản quy định thay đổi này, trong content/sources.json (ví dụ nghị quyết của Quốc hội); bỏ trống nếu chưa có.'),
});

/** An administrative unit, named as the sources name it at the time. */
export const placeSchema = z
  .strictObject({
    id: slug.describe('Mã cố định: tên viết không dấu, thêm tên cấp trên khi trùng tên, ví dụ "thach-ha", "vinh-thinh-thach-lac".'),
    name: text.describe('Tên không kèm chữ chỉ cấp, đúng như nguồn viết, ví dụ "Thạch Hà".'),
    level: z.enum(PLACE_LEVELS).describe('Cấp hành chính tại thời điểm nguồn viết.'),
    parent: slug
      .nullable()
      .describe('Mã đơn vị chứa nó tại thời điểm đó, trong content/places.json; null nếu không có cấp trên trong danh sách (cấp tỉnh).'),
    aliases: z.array(text).default([]).describe('Các cách viết khác mà người đọc hay gõ hoặc nguồn dùng.'),
    source: slug.optional().describe('Mã văn bản lập ra đơn vị này (đơn vị lập khi sắp xếp), trong content/sources.json.'),
    validFrom: partialDate.optional().describe('Ngày đơn vị bắt đầu tồn tại, với đơn vị lập ra khi sắp xếp (ví dụ "2025-07-01").'),
    changes: z.array(placeChangeSchema).default([]).describe('Đơn vị này trở thành gì sau sắp xếp hành chính, nếu biết.'),
    description: z.string().optional().describe('Mô tả ngắn, trung tính, chỉ lấy từ nguồn.'),
  })
  .describe('Một đơn vị hành chính trong content/places.json, gọi tên như nguồn gọi tại thời điểm đó.');

export type Place = z.infer<typeof placeSchema>;
