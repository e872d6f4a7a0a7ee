import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content.ts';
import { DATA_LICENCE, placeRef } from '../../lib/opendata.ts';

/** Every model with its place, fields, kind, lead, facts (refs resolved) and sources. */
export const GET: APIRoute = async ({ site }) => {
  const all = await getSite();
  const models = all.models.map((model) => ({
    id: model.id,
    name: model.data.name,
    aliases: model.data.aliases,
    summary: model.data.summary,
    url: new URL(`/mo-hinh/${model.id}/`, site).href,
    place: placeRef(all.placeById.get(model.data.place)?.data, model.data.place),
    fields: model.data.fields,
    kind: model.data.kind,
    lead: model.data.lead ?? null,
    years: model.data.years ?? null,
    facts: model.data.facts.flatMap((fact) => {
      const resolved = all.resolveFact(model, fact.id);
      return resolved
        ? [
            {
              id: resolved.id,
              label: resolved.label,
              value: resolved.value,
              unit: resolved.unit,
              qualifier: resolved.qualifier,
              target: resolved.target,
              source: resolved.source,
            },
          ]
        : [];
    }),
    sources: model.data.sources,
  }));
  return new Response(JSON.stringify({ license: DATA_LICENCE, models }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
