import { z } from 'astro/zod';
import { FIELD_IDS } from '../lib/vocabulary.ts';
import { image, partialDate, slug, text } from './common.ts';

/** Frontmatter of a story in content/articles/<slug>.mdx. */
export const articleSchema = z
  .strictObject({
    title: text.describe('Tiêu đề bài, bằng tiếng Việt, chỉ viết hoa chữ đầu câu và tên riêng.'),
    summary: text
      .max(300, 'tóm tắt (summary) dài quá 300 ký tự')
      .describe('Một hai câu tóm tắt, hiện trong danh sách bài và khi chia sẻ; tối đa 300 ký tự.'),
    published: partialDate.describe('Ngày đăng bài trên trang này, dạng "YYYY-MM-DD".'),
    updated: partialDate.optional().describe('Ngày sửa nội dung đáng kể gần nhất, nếu có.'),
    author: text.describe('Người biên soạn: "Ban biên tập" hoặc họ tên cán bộ viết bài.'),
    source: slug.describe('Mã bài gốc mà bài viết dựa vào, trong content/sources.json, ví dụ "thach-ha-2022".'),
    places: z
      .array(slug)
      .default([])
      .describe('Mã các địa phương bài viết nói tới, trong content/places.json, ví dụ [thach-ha, thach-lac].'),
    models: z.array(slug).default([]).describe('Mã các mô hình bài viết nhắc tới: tên tệp trong content/models/, bỏ đuôi .mdx.'),
    datasets: z
      .array(slug)
      .default([])
      .describe('Mã các bộ số liệu có số liệu hiện trong bài: tên tệp trong content/stats/, bỏ đuôi .json.'),
    fields: z.array(z.enum(FIELD_IDS)).default([]).describe('Các lĩnh vực bài viết đề cập.'),
    tags: z.array(text).default([]).describe('Từ khóa tự do, dùng cho tìm kiếm và gợi ý bài liên quan.'),
    image: image.optional().describe('Ảnh đầu bài, kèm mô tả thay thế.'),
    scheduled: z
      .boolean()
      .default(false)
      .describe(
        'true: hẹn ngày đăng. Ngày published được phép sau ngày dựng trang; bài viết chỉ hiện trên trang từ ngày đó (dựng lại trang vào ngày đó). Mặc định false: ngày ở tương lai là lỗi.',
      ),
    draft: z
      .boolean()
      .default(false)
      .describe('true: bản nháp, chỉ hiện khi xem trước bằng npm run dev, không được xuất bản. Xóa dòng này hoặc ghi false để xuất bản.'),
  })
  .describe('Phần đầu (frontmatter) của một bài viết, tệp content/articles/<slug>.mdx.');

export type ArticleData = z.infer<typeof articleSchema>;
