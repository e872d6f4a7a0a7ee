import { z } from 'astro/zod';
import { CHART_KINDS, FIELD_IDS, QUALIFIER_IDS } from '../lib/vocabulary.ts';
import { partialDate, period, slug, text } from './common.ts';

/** One figure in a dataset. */
export const observationSchema = z
  .strictObject({
    id: slug.describe('Mã số liệu, không trùng trong bộ số liệu; địa chỉ riêng của số liệu là /so-lieu/<bo-so-lieu>/#<ma>.'),
    label: text.describe('Nội dung được đếm, bằng tiếng Việt, ví dụ "Tổng số mô hình".'),
    value: z
      .number()
      .nonnegative('số liệu không được âm (value): ghi con số như nguồn; nếu nguồn nói “giảm”, ghi số dương và nói rõ trong label')
      .describe('Con số, viết liền, dấu chấm thập phân (tiền tính bằng đồng, đất bằng m², đường bằng km), ví dụ 1200000000.'),
    unit: text.describe('Đơn vị hiển thị cho người đọc: "mô hình", "hộ", "đồng", "%", "m²"…'),
    qualifier: z
      .enum(QUALIFIER_IDS)
      .default('exact')
      .describe('Cách nguồn diễn đạt con số: exact (chính xác), moreThan (“hơn”), atLeast (“từ … trở lên”), estimate (“ước tính”).'),
    target: z.boolean().default(false).describe('true nếu con số là chỉ tiêu, không phải kết quả.'),
    field: z.enum(FIELD_IDS).optional().describe('Lĩnh vực mà số liệu này đếm, để so sánh giữa các địa phương.'),
    denominator: z
      .strictObject({
        value: z.number().positive('mẫu số phải lớn hơn 0 (denominator.value)').describe('Độ lớn của tổng thể, ví dụ 2614.'),
        label: text.describe('Tổng thể là gì, ví dụ "tổng số hộ".'),
      })
      .optional()
      .describe('Tổng thể mà số liệu là một phần, khi nguồn cho biết (ví dụ 2.614 hộ).'),
    statedPercent: z.number().optional().describe('Tỷ lệ so với mẫu số như nguồn ghi, tính bằng phần trăm (0–100), ví dụ 82.17.'),
    percentOfTarget: z
      .number()
      .nonnegative()
      .optional()
      .describe('Kết quả tính bằng phần trăm so với kế hoạch, như nguồn ghi (có thể vượt 100), ví dụ 215.3.'),
    model: slug.optional().describe('Mã mô hình mà số liệu nói về, trong content/models/.'),
    note: z.string().optional().describe('Ghi chú bằng tiếng Việt về cách đọc con số.'),
  })
  .refine((o) => o.unit !== '%' || o.value <= 100, {
    message: 'tỷ lệ phần trăm không được vượt quá 100 (value); nếu là % so với kế hoạch, dùng percentOfTarget',
    path: ['value'],
  })
  .refine((o) => o.statedPercent === undefined || (o.statedPercent >= 0 && o.statedPercent <= 100), {
    message: 'tỷ lệ ghi trong nguồn phải từ 0 đến 100 (statedPercent); nếu là % so với kế hoạch, dùng percentOfTarget',
    path: ['statedPercent'],
  });

/** A declared relation: these parts make up that total. */
export const relationSchema = z.strictObject({
  total: slug.describe('Mã số liệu là tổng.'),
  parts: z
    .array(slug)
    .min(2, 'một quan hệ tổng cần ít nhất hai thành phần (parts)')
    .describe('Mã các số liệu cộng lại bằng tổng; được kiểm tra khi dựng trang.'),
  label: z.string().optional().describe('Nhãn ngắn, ví dụ "theo lĩnh vực".'),
});

/** What an observation was before a correction: enough to rebuild the earlier version from the current one. */
export const previousSchema = z
  .strictObject({
    id: slug.describe('Mã số liệu đã sửa, thêm hoặc bỏ trong phiên bản này.'),
    value: z.number().optional().describe('Giá trị trước khi sửa (value của phiên bản trước), ví dụ 96.48.'),
    statedPercent: z.number().optional().describe('Tỷ lệ nguồn ghi trước khi sửa (statedPercent của phiên bản trước).'),
    percentOfTarget: z.number().optional().describe('Tỷ lệ so với kế hoạch trước khi sửa (percentOfTarget của phiên bản trước).'),
    added: z.literal(true).optional().describe('true nếu số liệu này mới thêm trong phiên bản này: phiên bản trước không có nó.'),
    removed: observationSchema
      .optional()
      .describe('Số liệu bị bỏ trong phiên bản này, chép nguyên như trong phiên bản trước (id trùng với id ở trên).'),
  })
  .describe('Giá trị cũ của một số liệu, để dựng lại phiên bản trước từ content/.');

/** One line of a dataset's change log. */
export const changeSchema = z.strictObject({
  version: z.number().int().min(2).describe('Phiên bản mà lần sửa này tạo ra: 2 cho lần sửa đầu tiên, 3 cho lần sau…'),
  date: partialDate.describe('Ngày sửa, dạng "YYYY-MM-DD".'),
  summary: text.describe('Sửa gì và vì sao, bằng tiếng Việt, ví dụ "sửa 96,48% thành giá trị nguồn ghi 96,4%".'),
  previous: z
    .array(previousSchema)
    .min(1, 'mỗi lần sửa cần ghi giá trị cũ của ít nhất một số liệu (previous)')
    .describe('Giá trị trước khi sửa của từng số liệu đã đổi.'),
});

/** A dataset: content/stats/<id>.json. */
export const datasetSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Đường dẫn tới lược đồ JSON để trình soạn thảo gợi ý và báo lỗi; giữ nguyên.'),
    title: text.describe('Tiêu đề bộ số liệu, bằng tiếng Việt, chỉ viết hoa chữ đầu câu.'),
    summary: text.describe('Một hai câu nói bộ số liệu cho biết điều gì.'),
    place: slug.describe('Mã địa phương mà số liệu nói về, trong content/places.json.'),
    period: period.describe('Khoảng thời gian số liệu phản ánh.'),
    asOf: partialDate.describe('Ngày số liệu được công bố (ngày của nguồn hoặc của hội nghị).'),
    unit: text.describe('Đơn vị chính của các số liệu, ví dụ "mô hình".'),
    source: slug.describe('Mã bài gốc, trong content/sources.json.'),
    article: slug.optional().describe('Mã bài viết trên trang này trình bày bộ số liệu, trong content/articles/.'),
    fields: z.array(z.enum(FIELD_IDS)).default([]).describe('Các lĩnh vực liên quan, dùng để lọc.'),
    observations: z
      .array(observationSchema)
      .min(1, 'bộ số liệu cần ít nhất một số liệu (observations)')
      .describe('Các số liệu, mỗi dòng một con số.'),
    relations: z.array(relationSchema).default([]).describe('Các quan hệ thành phần – tổng, được kiểm tra cộng đúng khi dựng trang.'),
    chart: z.enum(CHART_KINDS).default('bar').describe('Kiểu biểu đồ trên trang bộ số liệu: bar, doughnut, stacked, progress hoặc none.'),
    notes: z.array(text).default([]).describe('Ghi chú bằng tiếng Việt: chỗ nguồn chưa rõ, cách ghi nhận số liệu.'),
    published: partialDate.optional().describe('Ngày bộ số liệu được đăng lần đầu trên trang này (phiên bản 1), dạng "YYYY-MM-DD".'),
    version: z
      .number()
      .int()
      .positive()
      .default(1)
      .describe('Số phiên bản: 1 khi mới đăng; mỗi lần sửa một con số thì tăng thêm 1 và ghi một dòng vào changes.'),
    changes: z
      .array(changeSchema)
      .default([])
      .describe('Nhật ký sửa số liệu, cũ trước mới sau: mỗi dòng một phiên bản, ghi ngày, sửa gì, vì sao và giá trị cũ.'),
  })
  .describe('Một bộ số liệu, tệp content/stats/<id>.json.');

export type Dataset = z.infer<typeof datasetSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Change = z.infer<typeof changeSchema>;
