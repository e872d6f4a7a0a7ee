/**
 * The RSS feed's items: published stories and newly added models, newest first. Pure, so the
 * order and the dates are tested without a build.
 */
import type { ArticleData } from '../schemas/articles.ts';
import type { ModelData } from '../schemas/models.ts';
import { dateSortKey } from './dates.ts';
import { FIELDS } from './vocabulary.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** A partial date as a moment: its first day, at midnight in Việt Nam (UTC+7). */
export function feedDate(partial: string): Date {
  return new Date(`${dateSortKey(partial)}T00:00:00+07:00`);
}

const fieldNames = (ids: readonly string[]) => ids.flatMap((id) => FIELDS.find((f) => f.id === id)?.name ?? []);

export function feedItems(
  articles: { id: string; data: ArticleData }[],
  models: { id: string; data: ModelData }[],
  modelPrefix: string,
): FeedItem[] {
  const stories = articles
    .filter((a) => !a.data.draft)
    .map((a) => ({
      title: a.data.title,
      link: `/bai-viet/${a.id}/`,
      pubDate: feedDate(a.data.updated ?? a.data.published),
      description: a.data.summary,
      categories: fieldNames(a.data.fields),
    }));
  const added = models.flatMap((m) =>
    m.data.draft || !m.data.added
      ? []
      : [
          {
            title: `${modelPrefix}${m.data.name}`,
            link: `/mo-hinh/${m.id}/`,
            pubDate: feedDate(m.data.added),
            description: m.data.summary,
            categories: fieldNames(m.data.fields),
          },
        ],
  );
  // Newest first; on the same day, stories before models, then by title.
  return [...stories, ...added].sort(
    (a, b) =>
      b.pubDate.getTime() - a.pubDate.getTime() || Number(a.title.startsWith(modelPrefix)) - Number(b.title.startsWith(modelPrefix)),
  );
}
