import { z } from 'astro/zod';
import { FIELD_IDS, LEAD_TYPES, MODEL_KIND_IDS, QUALIFIER_IDS } from '../lib/vocabulary.ts';
import { image, period, slug, text } from './common.ts';

/**
 * A typed figure about a model, e.g. { label: "Diện tích nhà lưới", value: 4200, unit: "m²" }.
 * A figure already held by a dataset is not typed again: give `ref: "<dataset>#<observation>"` instead.
 */
export const factSchema = z
  .strictObject({
    /** Id unique within the model, used in links (#...) and embeds. */
    id: slug,
    /** Points at a dataset figure, "<dataset-id>#<observation-id>", instead of typing it again. */
    ref: z
      .string()
      .regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'tham chiếu số liệu (ref) phải có dạng "bo-so-lieu#so-lieu"')
      .optional(),
    /** What is measured, in Vietnamese. */
    label: text.optional(),
    /** The number, as a plain number (money in đồng, areas in m²). */
    value: z.number().nonnegative('số liệu không được âm (value)').optional(),
    /** Unit as shown to readers: "m²", "đồng", "hộ", "%"... */
    unit: text.optional(),
    /** How the source words it: exact, "hơn" (moreThan), "từ … trở lên" (atLeast), "ước tính" (estimate). */
    qualifier: z.enum(QUALIFIER_IDS).default('exact'),
    /** True when the figure is a goal rather than a result. */
    target: z.boolean().default(false),
    /** Id of the source (content/sources.json) that gives this figure. Required unless `ref` is given. */
    source: slug.optional(),
    /** Short note in Vietnamese on how to read the figure. */
    note: z.string().optional(),
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
export const modelSchema = z.strictObject({
  /** Name of the model exactly as the source gives it, standard spelling. */
  name: text,
  /** Other spellings (e.g. the source's "Hủ gạo tình thương"), found by search. */
  aliases: z.array(text).default([]),
  /** What it does, in one line. */
  summary: text.max(200, 'mô tả một dòng (summary) dài quá 200 ký tự'),
  /** Cá nhân, tập thể, or "khong-ro" when the source does not say. */
  kind: z.enum(MODEL_KIND_IDS),
  /** One or more fields (lĩnh vực). */
  fields: z.array(z.enum(FIELD_IDS)).min(1, 'cần ít nhất một lĩnh vực (fields)'),
  /**
   * True when the editors chose the fields because the source does not say which field the model
   * belongs to (the profile then says so); false only when the source itself names the field.
   */
  fieldsAssigned: z.boolean().default(true),
  /** Id of the most precise place the source allows, in content/places.json. */
  place: slug,
  /** Who runs it, where the source says. */
  lead: z
    .strictObject({
      /** Name as printed, e.g. "Hồ Văn Hà" or "Chi bộ Bảo hiểm xã hội huyện". */
      name: text.optional(),
      /** Kind of lead. */
      type: z.enum(LEAD_TYPES),
    })
    .optional(),
  /** Years it ran or was reported, as the source states. */
  years: period.optional(),
  /** Stage, where known. */
  status: z.enum(['phát động', 'đang thực hiện', 'duy trì, nhân rộng']).optional(),
  /** Key figures, each with its source. */
  facts: z.array(factSchema).default([]),
  /** Which source says what about this model. */
  sources: z
    .array(
      z.strictObject({
        /** Id in content/sources.json. */
        source: slug,
        /** What that source says, in a few words of our own. */
        says: text,
      }),
    )
    .min(1, 'mô hình cần ít nhất một nguồn (sources)'),
  /** Shown first on the home page and directory. */
  featured: z.boolean().default(false),
  /** Optional drawing with alt text (no stock photos). */
  image: image.optional(),
  /** A draft shows in `npm run dev` only. */
  draft: z.boolean().default(false),
});

export type ModelData = z.infer<typeof modelSchema>;
export type Fact = z.infer<typeof factSchema>;
