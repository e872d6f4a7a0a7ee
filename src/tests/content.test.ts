/**
 * The real content: valid, internally consistent, and traceable to the five source articles.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../lib/content-files.ts';
import { checkContent, formatProblems } from '../lib/integrity.ts';
import { reconcile } from '../lib/reconcile.ts';
import { projectRoot } from './build-helpers.ts';

const { problems, content } = checkContent(readContent(projectRoot), { production: true });

describe('content/', () => {
  it('passes every check', () => {
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('every declared part/total relation holds', () => {
    const relations = content.stats.flatMap((s) => reconcile(s.data).relations.map((r) => ({ dataset: s.entry.id, ...r })));
    expect(relations.length).toBeGreaterThan(0);
    expect(relations.filter((r) => !r.ok).map((r) => `${r.dataset}: ${r.equation}`)).toEqual([]);
  });

  it('checks every declared relation, none naming a missing figure', () => {
    const declared = content.stats.reduce((n, s) => n + s.data.relations.length, 0);
    const checked = content.stats.flatMap((s) => reconcile(s.data).relations);
    const missing = content.stats.flatMap((s) => reconcile(s.data).missing.map((m) => `${s.entry.id}: ${m.id}`));
    expect(missing).toEqual([]);
    expect(checked).toHaveLength(declared);
  });

  it('accounts for every stated percentage: checked against its fraction, or noted as having none in the source', () => {
    const stated = content.stats.flatMap((s) =>
      s.data.observations.filter((o) => o.statedPercent !== undefined).map((o) => ({ dataset: s.data, id: s.entry.id, o })),
    );
    expect(stated.length).toBeGreaterThan(0);
    const unaccounted = stated
      .filter(({ dataset, o }) => {
        if (o.denominator) return false;
        const written = `${String(o.statedPercent).replace('.', ',')}%`;
        return ![o.note ?? '', ...dataset.notes].some((note) => note.includes(written));
      })
      .map(({ id, o }) => `${id}#${o.id}`);
    expect(unaccounted).toEqual([]);
  });

  it('flags the one stated percentage that its fraction does not support (Long Hữu housing, 96,4% for 2.522/2.614)', () => {
    const checks = content.stats.flatMap((s) => reconcile(s.data).percents.map((p) => ({ dataset: s.entry.id, ...p })));
    expect(checks.filter((p) => !p.ok).map((p) => `${p.dataset}#${p.observation.id}: ${p.stated} vs ${p.computed}`)).toEqual([
      'long-huu-2020-tieu-chi-nong-thon-moi#ho-co-nha-o-dat-chuan: 96.4 vs 96.48',
    ]);
  });

  it('every stated percentage is checked against its fraction, and each disagreement carries a note', () => {
    const checks = content.stats.flatMap((s) => reconcile(s.data).percents.map((p) => ({ dataset: s.entry.id, ...p })));
    const unexplained = checks
      .filter((p) => !p.ok && !p.observation.note)
      .map((p) => `${p.dataset}#${p.observation.id}: ${p.stated}% vs ${p.computed}%`);
    expect(unexplained).toEqual([]);
  });

  // The source articles; a legal text (kind "văn bản pháp luật") is cited by places, not by models.
  const articleSources = () => content.sources.filter((s) => s.data.kind === 'bài viết');

  it('cites the 2025 resolution only from places, for the reform', () => {
    const legal = content.sources.filter((s) => s.data.kind !== 'bài viết').map((s) => s.data.id);
    expect(legal).toEqual(['nghi-quyet-202-2025-qh15']);
    const citedBy = content.places.filter((p) => p.data.source === legal[0] || p.data.changes.some((c) => c.source === legal[0]));
    expect(citedBy.length).toBeGreaterThanOrEqual(9);
    expect(content.models.filter((m) => m.data.sources.some((x) => legal.includes(x.source)))).toEqual([]);
  });

  it('lists, per source article, the models and datasets that cite it', () => {
    const listing = Object.fromEntries(
      articleSources().map((s) => [
        s.data.id,
        {
          models: content.models.filter((m) => m.data.sources.some((x) => x.source === s.data.id)).length,
          datasets: content.stats.filter((d) => d.data.source === s.data.id).length,
        },
      ]),
    );
    expect(listing).toEqual({
      'cho-moi-2021': { models: 14, datasets: 4 },
      'thach-ha-2022': { models: 11, datasets: 1 },
      'long-an-2024': { models: 15, datasets: 2 },
      'nam-tra-my-2010-2020': { models: 17, datasets: 7 },
      'long-huu-2020': { models: 8, datasets: 6 },
    });
  });

  it('each of the five sources is cited by at least one model and one dataset', () => {
    const citing = articleSources().map((s) => ({
      source: s.data.id,
      models: content.models.filter((m) => m.data.sources.some((x) => x.source === s.data.id)).map((m) => m.entry.id),
      datasets: content.stats.filter((d) => d.data.source === s.data.id).map((d) => d.entry.id),
      articles: content.articles.filter((a) => a.data.source === s.data.id).map((a) => a.entry.id),
    }));
    expect(citing).toHaveLength(5);
    for (const row of citing) {
      expect(row.models.length, `${row.source}: models`).toBeGreaterThan(0);
      expect(row.datasets.length, `${row.source}: datasets`).toBeGreaterThan(0);
      expect(row.articles.length, `${row.source}: stories`).toBe(1);
    }
  });

  it('features exactly the three flagship models', () => {
    expect(
      content.models
        .filter((m) => m.data.featured)
        .map((m) => m.entry.id)
        .sort(),
    ).toEqual(['hu-gao-tinh-thuong-long-huu', 'nha-luoi-rau-cu-qua-ho-van-ha', 'trong-hoa-lan-pham-van-huy'].sort());
  });

  it('shows the charity rice jar under its standard spelling and keeps the source spelling as an alias', () => {
    const jar = content.models.find((m) => m.entry.id === 'hu-gao-tinh-thuong-long-huu');
    expect(jar?.data.name).toContain('Hũ gạo tình thương');
    expect(jar?.data.aliases).toContain('Hủ gạo tình thương');
  });

  it('records the Thạch Hà figures as the source gives them', () => {
    const thachHa = content.stats.find((s) => s.entry.id === 'thach-ha-2022-mo-hinh-theo-linh-vuc');
    const value = (id: string) => thachHa?.data.observations.find((o) => o.id === id)?.value;
    expect([
      value('tong-so'),
      value('kinh-te'),
      value('nong-thon-moi-do-thi-van-minh'),
      value('van-hoa-xa-hoi'),
      value('an-ninh-quoc-phong'),
      value('xay-dung-dang-he-thong-chinh-tri'),
    ]).toEqual([138, 34, 28, 37, 20, 19]);
  });
});
