import { z } from 'astro/zod';
import { partialDate, period, slug, text, webUrl } from './common.ts';

/** One of the original articles this site draws on, as a bibliographic record. */
export const sourceSchema = z
  .strictObject({
    id: slug.describe('Mã cố định, ví dụ "thach-ha-2022".'),
    kind: z
      .enum(['bài viết', 'văn bản pháp luật'])
      .default('bài viết')
      .describe(
        '"bài viết": một bài gốc trong tư liệu của dự án; "văn bản pháp luật": văn bản nhà nước dùng cho tên và cấp hành chính sau sắp xếp.',
      ),
    title: text.describe('Tiêu đề như bài gốc ghi; nếu bài gốc không có tiêu đề thì ghi tiêu đề mô tả (xem titleIsDescriptive).'),
    titleIsDescriptive: z
      .boolean()
      .default(false)
      .describe('true khi bài gốc không có tiêu đề và title là lời mô tả của mình; khi trích dẫn sẽ đặt trong [ngoặc vuông].'),
    author: text.optional().describe('Tên tác giả như bài gốc in; bỏ qua nếu bài không ghi.'),
    authorUnit: text.optional().describe('Đơn vị của tác giả như bài gốc in, ví dụ "Ban Tuyên giáo Huyện ủy Thạch Hà".'),
    publisher: text.optional().describe('Cơ quan đăng bài, nếu bài gốc cho thấy.'),
    date: partialDate.optional().describe('Ngày đăng, chính xác đến mức bài gốc cho biết.'),
    dateNote: z.string().optional().describe('Giải thích vì sao ngày đăng không đầy đủ hoặc không có.'),
    covers: period.describe('Khoảng thời gian bài gốc phản ánh.'),
    file: text.optional().describe('Tên tệp bản lưu của bài gốc trong thư mục tư liệu của dự án; bắt buộc với bài viết.'),
    shortTitle: text.optional().describe('Tên ngắn dùng khi dẫn trong câu, ví dụ "Nghị quyết số 202/2025/QH15".'),
    number: text.optional().describe('Số hiệu văn bản pháp luật, ví dụ "202/2025/QH15".'),
    url: webUrl.optional().describe('Địa chỉ web gốc (https:// hoặc http://), chỉ khi bài gốc ghi địa chỉ này.'),
  })
  .refine((source) => source.date !== undefined || source.dateNote !== undefined, {
    message: 'thiếu ngày đăng (date): ghi ngày, hoặc ghi dateNote giải thích vì sao nguồn không có ngày',
    path: ['date'],
  })
  .refine((source) => source.kind !== 'bài viết' || source.file !== undefined, {
    message: 'thiếu tên tệp bản lưu (file): bài viết gốc cần tên tệp trong thư mục tư liệu',
    path: ['file'],
  })
  .describe('Một bài gốc mà trang này dựa vào, trong content/sources.json.');

export type Source = z.infer<typeof sourceSchema>;
