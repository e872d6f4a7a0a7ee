import { z } from 'astro/zod';
import { FIELD_IDS, LEAD_TYPES, MODEL_KIND_IDS, QUALIFIER_IDS } from '../lib/vocabulary.ts';
import { FIGURE_REF_PATTERN, image, partialDate, period, slug, text } from './common.ts';

/**
 * A typed figure about a model, e.g. { label: "Diện tích nhà lưới", value: 4200, unit: "m²" }.
 * A figure already held by a dataset is not typed again: give `ref: "<dataset>#<observation>"` instead.
 */
export const factSchema = z
  .strictObject({
    id: slug.describe('Mã số liệu, không trùng trong mô hình; dùng trong liên kết (#…) và trong <Fact of="mo-hinh#ma-so-lieu" />.'),
    ref: z
      .string()
      .regex(new RegExp(FIGURE_REF_PATTERN), 'tham chiếu số liệu (ref) phải có dạng "bo-so-lieu#so-lieu"')
      .optional()
      .describe('Trỏ tới một số liệu đã có trong bộ số liệu, dạng "bo-so-lieu#so-lieu", thay vì gõ lại con số.'),
    label: text.optional().describe('Nội dung được đo đếm, bằng tiếng Việt, ví dụ "Diện tích nhà lưới".'),
    value: z
      .number()
      .nonnegative('số liệu không được âm (value): ghi con số như nguồn; nếu nguồn nói “giảm”, ghi số dương và nói rõ trong label')
      .optional()
      .describe('Con số, viết liền, dấu chấm thập phân (tiền tính bằng đồng, diện tích bằng m²), ví dụ 4200.'),
    unit: text.optional().describe('Đơn vị hiển thị cho người đọc: "m²", "đồng", "hộ", "%"…'),
    qualifier: z
      .enum(QUALIFIER_IDS)
      .default('exact')
      .describe('Cách nguồn diễn đạt con số: exact (chính xác), moreThan (“hơn”), atLeast (“từ … trở lên”), estimate (“ước tính”).'),
    target: z.boolean().default(false).describe('true nếu con số là chỉ tiêu (mục tiêu), không phải kết quả.'),
    source: slug.optional().describe('Mã nguồn ghi con số này, trong content/sources.json. Bắt buộc nếu không dùng ref.'),
    note: z.string().optional().describe('Ghi chú ngắn bằng tiếng Việt về cách đọc con số.'),
  })
  .refine((f) => f.ref !== undefined || f.source !== undefined, {
    message: 'số liệu thiếu nguồn (source): ghi id nguồn trong content/sources.json, hoặc dùng ref tới một bộ số liệu',
    path: ['source'],
  })
  .refine((f) => f.ref !== undefined || (f.label !== undefined && f.value !== undefined && f.unit !== undefined), {
    message: 'số liệu cần đủ label, value và unit (hoặc dùng ref tới một bộ số liệu)',
    path: ['value'],
  })
  .refine((f) => f.unit !== '%' || f.value === undefined || f.value <= 100, {
    message: 'tỷ lệ phần trăm không được vượt quá 100 (value)',
    path: ['value'],
  });

/** Frontmatter of a model profile in content/models/<slug>.mdx. */
export const modelSchema = z
  .strictObject({
    name: text.describe('Tên mô hình đúng như nguồn ghi, theo chính tả chuẩn.'),
    aliases: z.array(text).default([]).describe('Các cách viết khác (ví dụ cách viết trong nguồn), để tìm kiếm thấy.'),
    summary: text
      .max(200, 'mô tả một dòng (summary) dài quá 200 ký tự')
      .describe('Mô hình làm gì, trong một dòng (tối đa 200 ký tự); hiện trên thẻ mô hình và khi chia sẻ.'),
    kind: z.enum(MODEL_KIND_IDS).describe('Loại mô hình: ca-nhan (cá nhân), tap-the (tập thể), khong-ro (nguồn không nêu).'),
    fields: z.array(z.enum(FIELD_IDS)).min(1, 'cần ít nhất một lĩnh vực (fields)').describe('Một hoặc nhiều lĩnh vực của mô hình.'),
    fieldsAssigned: z
      .boolean()
      .default(true)
      .describe(
        'true khi ban biên tập tự xếp lĩnh vực vì nguồn không nêu (trang hồ sơ sẽ ghi rõ); false chỉ khi chính nguồn nêu lĩnh vực.',
      ),
    place: slug.describe('Mã địa phương chi tiết nhất mà nguồn cho phép (thôn, xã…), trong content/places.json.'),
    lead: z
      .strictObject({
        name: text.optional().describe('Tên như nguồn in, ví dụ "Hồ Văn Hà" hoặc "Chi bộ Bảo hiểm xã hội huyện".'),
        type: z.enum(LEAD_TYPES).describe('Loại chủ thể.'),
      })
      .optional()
      .describe('Chủ thể thực hiện mô hình, nếu nguồn nêu.'),
    years: period.optional().describe('Thời gian mô hình hoạt động hoặc được báo cáo, như nguồn ghi.'),
    status: z
      .enum(['phát động', 'đang thực hiện', 'cần duy trì, phát huy'])
      .optional()
      .describe(
        'Giai đoạn của mô hình như nguồn tả, vào thời điểm của nguồn (trang hồ sơ ghi ngày nguồn bên cạnh); bỏ trống nếu nguồn không nói.',
      ),
    facts: z.array(factSchema).default([]).describe('Các số liệu chính của mô hình, mỗi số liệu ghi nguồn.'),
    sources: z
      .array(
        z.strictObject({
          source: slug.describe('Mã nguồn trong content/sources.json.'),
          says: text.describe('Nguồn đó nói gì về mô hình, tóm tắt bằng lời của mình.'),
        }),
      )
      .min(1, 'mô hình cần ít nhất một nguồn (sources)')
      .describe('Nguồn nào nói gì về mô hình; cần ít nhất một nguồn.'),
    featured: z.boolean().default(false).describe('true: mô hình tiêu biểu, hiện đầu trang chủ và danh mục.'),
    image: image.optional().describe('Ảnh của mô hình (ảnh chụp hoặc hình vẽ minh họa), kèm mô tả thay thế; không dùng ảnh mẫu.'),
    added: partialDate.optional().describe('Ngày đưa mô hình lên trang, dạng "YYYY-MM-DD"; mô hình có ngày này hiện trong nguồn tin RSS.'),
    scheduled: z
      .boolean()
      .default(false)
      .describe(
        'true: hẹn ngày đăng. Ngày added được phép sau ngày dựng trang; mô hình chỉ hiện trên trang từ ngày đó (dựng lại trang vào ngày đó). Mặc định false: ngày ở tương lai là lỗi.',
      ),
    draft: z
      .boolean()
      .default(false)
      .describe('true: bản nháp, chỉ hiện khi xem trước bằng npm run dev, không được xuất bản. Xóa dòng này hoặc ghi false để xuất bản.'),
  })
  .describe('Phần đầu (frontmatter) của một hồ sơ mô hình, tệp content/models/<slug>.mdx.');

export type ModelData = z.infer<typeof modelSchema>;
export type Fact = z.infer<typeof factSchema>;
