import { z } from 'astro/zod';
import { PLACE_LEVELS } from '../lib/vocabulary.ts';
import { partialDate, slug, text } from './common.ts';

/** What happened to a unit in an administrative reform (e.g. 1 July 2025). */
export const placeChangeSchema = z.strictObject({
  /** Day the change took effect. */
  date: partialDate,
  /** "sáp nhập" (merged into another unit), "bãi bỏ" (the level was abolished), "giữ nguyên" (unchanged). */
  change: z.enum(['sáp nhập', 'bãi bỏ', 'giữ nguyên']),
  /** Id of the unit it became part of, when that unit is in places.json. */
  into: slug.optional(),
  /** One sentence in Vietnamese saying what the unit became. */
  note: text,
});

/** An administrative unit, named as the sources name it at the time. */
export const placeSchema = z.strictObject({
  /** Stable id, the slug of the name plus a level hint where names clash, e.g. "thach-ha". */
  id: slug,
  /** Name without its level word, exactly as the source spells it, e.g. "Thạch Hà". */
  name: text,
  /** Administrative level at the time the source was written. */
  level: z.enum(PLACE_LEVELS),
  /** Id of the unit that contained it at the time; null for the country. */
  parent: slug.nullable(),
  /** Other spellings people type or sources use. */
  aliases: z.array(text).default([]),
  /** First day the unit existed, for units created by a reform (e.g. "2025-07-01"). */
  validFrom: partialDate.optional(),
  /** What became of the unit after a reform, where known. */
  changes: z.array(placeChangeSchema).default([]),
  /** A short neutral description in Vietnamese, only from the sources. */
  description: z.string().optional(),
});

export type Place = z.infer<typeof placeSchema>;
