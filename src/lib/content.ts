/**
 * The only module that calls getCollection. Pages import derived lists from here, so every page
 * sees the same drafts filter, the same order and the same cross-references.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { FIELDS, type FieldId } from './vocabulary.ts';
import { dateSortKey, isLaterThan, latestDate } from './dates.ts';
import { MAX_PLACE_DEPTH, placeLabel } from './places.ts';

export type Article = CollectionEntry<'articles'>;
export type Model = CollectionEntry<'models'>;
export type DatasetEntry = CollectionEntry<'stats'>;
export type PlaceEntry = CollectionEntry<'places'>;
export type SourceEntry = CollectionEntry<'sources'>;

/** Drafts, and entries scheduled for a later day, are visible in `astro dev` only. */
const latest = latestDate();
const visible = (entry: { data: { draft: boolean; scheduled: boolean; published?: string; added?: string | undefined } }) =>
  import.meta.env.DEV ||
  (!entry.data.draft && !(entry.data.scheduled && isLaterThan(entry.data.published ?? entry.data.added ?? '', latest)));

const byName = new Intl.Collator('vi');

/**
 * Stories, latest period first: by the time their source reports (its end, then its start), not by
 * the day this site published them (every story went up on the same day).
 */
export async function getArticles(): Promise<Article[]> {
  const [articles, sources] = await Promise.all([getCollection('articles', visible), getCollection('sources')]);
  const covers = new Map(sources.map((s) => [s.id, s.data.covers]));
  const periodKey = (a: Article) => {
    const period = covers.get(a.data.source);
    return period ? `${dateSortKey(period.to ?? period.from)} ${dateSortKey(period.from)}` : '';
  };
  return articles.sort(
    (a, b) =>
      periodKey(b).localeCompare(periodKey(a)) ||
      dateSortKey(b.data.published).localeCompare(dateSortKey(a.data.published)) ||
      byName.compare(a.data.title, b.data.title),
  );
}

export async function getModels(): Promise<Model[]> {
  const models = await getCollection('models', visible);
  return models.sort((a, b) => Number(b.data.featured) - Number(a.data.featured) || byName.compare(a.data.name, b.data.name));
}

export async function getDatasets(): Promise<DatasetEntry[]> {
  const datasets = await getCollection('stats');
  return datasets.sort(
    (a, b) => dateSortKey(b.data.asOf).localeCompare(dateSortKey(a.data.asOf)) || byName.compare(a.data.title, b.data.title),
  );
}

export async function getPlaces(): Promise<PlaceEntry[]> {
  return getCollection('places');
}

export async function getSources(): Promise<SourceEntry[]> {
  const sources = await getCollection('sources');
  // Articles first, in archive order; legal texts (no archived file) after them.
  return sources.sort((a, b) => Number(!a.data.file) - Number(!b.data.file) || (a.data.file ?? a.id).localeCompare(b.data.file ?? b.id));
}

/** Everything, indexed by id. Built once per production build; rebuilt on each request in dev. */
let cached: ReturnType<typeof loadSite> | undefined;
export function getSite() {
  if (import.meta.env.DEV) return loadSite();
  return (cached ??= loadSite());
}

async function loadSite() {
  const [articles, models, datasets, places, sources] = await Promise.all([
    getArticles(),
    getModels(),
    getDatasets(),
    getPlaces(),
    getSources(),
  ]);
  const placeById = new Map(places.map((p) => [p.id, p]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const modelById = new Map(models.map((m) => [m.id, m]));
  const datasetById = new Map(datasets.map((d) => [d.id, d]));
  const articleById = new Map(articles.map((a) => [a.id, a]));

  /** The place and its ancestors, from the country-level unit down. */
  // The content check refuses a parent chain that loops or is too deep; the walk stops on one anyway, so a
  // build can never hang on content.
  const placeChain = (id: string): PlaceEntry[] => {
    const chain: PlaceEntry[] = [];
    const seen = new Set<string>();
    for (
      let place = placeById.get(id);
      place && !seen.has(place.id) && seen.size < MAX_PLACE_DEPTH;
      place = place.data.parent ? placeById.get(place.data.parent) : undefined
    ) {
      seen.add(place.id);
      chain.unshift(place);
    }
    return chain;
  };
  /** True when `id` is `ancestorId` or lies inside it. */
  const within = (id: string, ancestorId: string) => placeChain(id).some((p) => p.id === ancestorId);
  /** "thôn Vĩnh Thịnh, xã Thạch Lạc, huyện Thạch Hà, tỉnh Hà Tĩnh" */
  const placePath = (id: string) =>
    placeChain(id)
      .reverse()
      .map((p) => placeLabel(p.data))
      .join(', ');

  const modelsIn = (placeId: string) => models.filter((m) => within(m.data.place, placeId));
  const modelsInField = (field: FieldId) => models.filter((m) => m.data.fields.includes(field));
  const articlesAbout = (modelId: string) => articles.filter((a) => a.data.models.includes(modelId));
  const articlesIn = (placeId: string) => articles.filter((a) => a.data.places.some((p) => within(p, placeId)));
  const datasetsIn = (placeId: string) => datasets.filter((d) => within(d.data.place, placeId));
  const childrenOf = (placeId: string) => places.filter((p) => p.data.parent === placeId);

  /** Places that have something to show (a model, story or dataset in them or below). */
  const placesWithContent = places.filter((p) => modelsIn(p.id).length + articlesIn(p.id).length + datasetsIn(p.id).length > 0);

  /** Observation lookup by "<dataset>#<observation>". */
  const observation = (ref: string) => {
    const [datasetId, observationId] = ref.split('#');
    const dataset = datasetById.get(datasetId ?? '');
    const found = dataset?.data.observations.find((o) => o.id === observationId);
    return dataset && found ? { dataset, observation: found } : undefined;
  };

  /** A model fact with `ref` resolved to its dataset figure. */
  const resolveFact = (model: Model, factId: string) => {
    const fact = model.data.facts.find((f) => f.id === factId);
    if (!fact) return undefined;
    if (fact.ref) {
      const found = observation(fact.ref);
      if (!found) return undefined;
      return {
        id: fact.id,
        label: fact.label ?? found.observation.label,
        value: found.observation.value,
        unit: found.observation.unit,
        qualifier: found.observation.qualifier,
        target: found.observation.target,
        source: found.dataset.data.source,
        href: `/so-lieu/${found.dataset.id}/#${found.observation.id}`,
        note: fact.note ?? found.observation.note,
      };
    }
    return {
      id: fact.id,
      label: fact.label ?? '',
      value: fact.value ?? 0,
      unit: fact.unit ?? '',
      qualifier: fact.qualifier,
      target: fact.target,
      source: fact.source ?? '',
      href: `/mo-hinh/${model.id}/#${fact.id}`,
      note: fact.note,
    };
  };

  const fieldsInUse = FIELDS.filter((f) => models.some((m) => m.data.fields.includes(f.id)));

  return {
    articles,
    models,
    datasets,
    places,
    sources,
    placeById,
    sourceById,
    modelById,
    datasetById,
    articleById,
    placeChain,
    placePath,
    within,
    modelsIn,
    modelsInField,
    articlesAbout,
    articlesIn,
    datasetsIn,
    childrenOf,
    placesWithContent,
    observation,
    resolveFact,
    fieldsInUse,
  };
}

export type Site = Awaited<ReturnType<typeof loadSite>>;
