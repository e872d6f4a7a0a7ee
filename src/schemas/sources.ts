import { z } from 'astro/zod';
import { partialDate, period, slug, text } from './common.ts';

/** One of the original articles this site draws on, as a bibliographic record. */
export const sourceSchema = z
  .strictObject({
    /** Stable id, e.g. "thach-ha-2022". */
    id: slug,
    /** Title as the original shows it; a descriptive title when it has none (see titleIsDescriptive). */
    title: text,
    /** True when the original has no title and `title` is our description; cited in [square brackets]. */
    titleIsDescriptive: z.boolean().default(false),
    /** Author's name as printed; omitted when the text names none. */
    author: text.optional(),
    /** Author's unit as printed, e.g. "Ban Tuyên giáo Huyện ủy Thạch Hà". */
    authorUnit: text.optional(),
    /** Body that published the article, where the text shows it. */
    publisher: text.optional(),
    /** Publication date as precise as the text gives it. */
    date: partialDate.optional(),
    /** Why the date is partial or missing, in Vietnamese. */
    dateNote: z.string().optional(),
    /** Period the article reports on. */
    covers: period,
    /** File name of the stored copy in the project's seed folder. */
    file: text,
    /** Original web address, only where the text gives it. */
    url: z.url().optional(),
  })
  .refine((source) => source.date !== undefined || source.dateNote !== undefined, {
    message: 'thiếu ngày đăng (date): ghi ngày, hoặc ghi dateNote giải thích vì sao nguồn không có ngày',
    path: ['date'],
  });

export type Source = z.infer<typeof sourceSchema>;
