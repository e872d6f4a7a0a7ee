import { describe, expect, it } from 'vitest';
import type { ArticleData } from '../schemas/articles.ts';
import type { ModelData } from '../schemas/models.ts';
import { feedDate, feedItems } from './feed.ts';

const article = (id: string, published: string, extra: Partial<ArticleData> = {}) => ({
  id,
  data: {
    title: `Bài ${id}`,
    summary: 'Tóm tắt.',
    published,
    author: 'Ban biên tập',
    source: 's',
    places: [],
    models: [],
    datasets: [],
    fields: ['kinh-te'],
    tags: [],
    draft: false,
    ...extra,
  } as ArticleData,
});
const model = (id: string, added: string | undefined, extra: Partial<ModelData> = {}) => ({
  id,
  data: {
    name: `Mô hình ${id}`,
    summary: 'Một dòng.',
    fields: ['van-hoa-xa-hoi'],
    draft: false,
    featured: false,
    added,
    ...extra,
  } as ModelData,
});

describe('feedDate', () => {
  it('is midnight in Việt Nam on the first day a partial date covers', () => {
    expect(feedDate('2026-11-23').toISOString()).toBe('2026-11-22T17:00:00.000Z');
    expect(feedDate('2024-07').toISOString()).toBe('2024-06-30T17:00:00.000Z');
    expect(feedDate('2024').toISOString()).toBe('2023-12-31T17:00:00.000Z');
  });
});

describe('feedItems', () => {
  it('lists published stories and newly added models, newest first, never drafts', () => {
    const items = feedItems(
      [article('cu', '2026-01-05'), article('moi', '2026-03-01'), article('nhap', '2026-04-01', { draft: true })],
      [model('a', '2026-02-10'), model('khong-ngay', undefined), model('nhap', '2026-05-01', { draft: true })],
      'Mô hình mới: ',
    );
    expect(items.map((i) => i.link)).toEqual(['/bai-viet/moi/', '/mo-hinh/a/', '/bai-viet/cu/']);
    expect(items[1]).toMatchObject({ title: 'Mô hình mới: Mô hình a', description: 'Một dòng.', categories: ['Văn hóa – xã hội'] });
    expect(items[0]!.categories).toEqual(['Kinh tế']);
  });

  it('dates an updated story by its update, and puts stories before models on the same day', () => {
    const items = feedItems([article('sua', '2025-01-01', { updated: '2026-02-10' })], [model('a', '2026-02-10')], 'Mô hình mới: ');
    expect(items.map((i) => i.link)).toEqual(['/bai-viet/sua/', '/mo-hinh/a/']);
  });
});
