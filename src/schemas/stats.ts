import { z } from 'astro/zod';
import { CHART_KINDS, FIELD_IDS, QUALIFIER_IDS } from '../lib/vocabulary.ts';
import { partialDate, period, slug, text } from './common.ts';

/** One figure in a dataset. */
export const observationSchema = z
  .strictObject({
    /** Id unique within the dataset; the figure's permalink is /so-lieu/<dataset>/#<id>. */
    id: slug,
    /** What is counted, in Vietnamese. */
    label: text,
    /** The number itself: plain, unformatted (money in đồng, land in m², roads in km). */
    value: z.number().nonnegative('số liệu không được âm (value)'),
    /** Unit shown to readers: "mô hình", "hộ", "đồng", "%", "m²"... */
    unit: text,
    /** How the source words it: exact, "hơn" (moreThan), "từ … trở lên" (atLeast), "ước tính" (estimate). */
    qualifier: z.enum(QUALIFIER_IDS).default('exact'),
    /** True when the figure is a goal (chỉ tiêu) rather than a result. */
    target: z.boolean().default(false),
    /** Field (lĩnh vực) this figure counts, for comparisons across places. */
    field: z.enum(FIELD_IDS).optional(),
    /** The whole this figure is a part of, when the source gives it (e.g. 2.614 hộ). */
    denominator: z
      .strictObject({
        /** Size of the whole. */
        value: z.number().positive('mẫu số phải lớn hơn 0 (denominator.value)'),
        /** What the whole is, e.g. "tổng số hộ". */
        label: text,
      })
      .optional(),
    /** Share of the denominator as the source states it, in percent (0–100), e.g. 82.17. */
    statedPercent: z.number().optional(),
    /** Result as a percentage of a plan, as the source states it (may exceed 100), e.g. 215.3. */
    percentOfTarget: z.number().nonnegative().optional(),
    /** Id of the model this figure is about, in content/models/. */
    model: slug.optional(),
    /** Note in Vietnamese on how to read the figure. */
    note: z.string().optional(),
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
  /** Id of the observation that is the total. */
  total: slug,
  /** Ids of the observations that add up to it. */
  parts: z.array(slug).min(2, 'một quan hệ tổng cần ít nhất hai thành phần (parts)'),
  /** Short Vietnamese label, e.g. "theo lĩnh vực". */
  label: z.string().optional(),
});

/** A dataset: content/stats/<id>.json. */
export const datasetSchema = z.strictObject({
  /** Optional JSON Schema pointer for editors. */
  $schema: z.string().optional(),
  /** Title in sentence case, in Vietnamese. */
  title: text,
  /** One or two sentences on what it shows. */
  summary: text,
  /** Id of the place the figures are about, in content/places.json. */
  place: slug,
  /** Period the figures cover. */
  period,
  /** Day the figures were stated (the source's date or the meeting's). */
  asOf: partialDate,
  /** Main unit of the observations, e.g. "mô hình". */
  unit: text,
  /** Id of the original article, in content/sources.json. */
  source: slug,
  /** Id of the story on this site that presents these figures, in content/articles/. */
  article: slug.optional(),
  /** Fields (lĩnh vực) concerned, for filters. */
  fields: z.array(z.enum(FIELD_IDS)).default([]),
  /** The figures. */
  observations: z.array(observationSchema).min(1, 'bộ số liệu cần ít nhất một số liệu (observations)'),
  /** Declared part/total relations, checked at build time. */
  relations: z.array(relationSchema).default([]),
  /** Chart the dataset page draws. */
  chart: z.enum(CHART_KINDS).default('bar'),
  /** Notes in Vietnamese: ambiguities, how figures were recorded. */
  notes: z.array(text).default([]),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Relation = z.infer<typeof relationSchema>;
