import type { Dataset, Observation } from '../schemas/stats.ts';
import { formatNumber, percentOf } from './format.ts';

export interface RelationCheck {
  /** Index of the relation in dataset.relations. */
  index: number;
  label: string | undefined;
  total: Observation;
  parts: Observation[];
  sum: number;
  /** True when the parts add up to the total (or exceed it when the total is a lower bound). */
  ok: boolean;
  /** "34 + 28 + 37 + 20 + 19 = 138" */
  equation: string;
}

export interface PercentCheck {
  observation: Observation;
  computed: number;
  stated: number;
  /** True when stated and computed agree within the stated value's rounding. */
  ok: boolean;
}

export interface Reconciliation {
  relations: RelationCheck[];
  percents: PercentCheck[];
  /** Ids a relation names that are not in the dataset: reported by the integrity check. */
  missing: { relation: number; field: 'total' | 'parts'; id: string }[];
}

/** Number of decimals a stated value was written with: 82.17 → 2, 64 → 0. */
function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * A stated percentage agrees with its fraction when they differ by no more than half a unit of
 * the stated value's last digit (96.4 stated, 96.48 computed → differ by 0.08 > 0.05 → flagged).
 */
export function percentAgrees(stated: number, computed: number): boolean {
  const tolerance = 0.5 * 10 ** -decimalsOf(stated) + 1e-9;
  return Math.abs(stated - computed) <= tolerance;
}

/** Checks every declared part/total relation and every stated percentage of a dataset. */
export function reconcile(dataset: Pick<Dataset, 'observations' | 'relations'>): Reconciliation {
  const byId = new Map(dataset.observations.map((o) => [o.id, o]));
  const relations: RelationCheck[] = [];
  const missing: Reconciliation['missing'] = [];

  dataset.relations.forEach((relation, index) => {
    const total = byId.get(relation.total);
    if (!total) missing.push({ relation: index, field: 'total', id: relation.total });
    const parts: Observation[] = [];
    for (const id of relation.parts) {
      const part = byId.get(id);
      if (part) parts.push(part);
      else missing.push({ relation: index, field: 'parts', id });
    }
    if (!total || parts.length !== relation.parts.length) return;
    const sum = parts.reduce((acc, part) => acc + part.value, 0);
    const rounded = Math.round(sum * 1e6) / 1e6;
    const ok =
      total.qualifier === 'moreThan'
        ? rounded > total.value
        : total.qualifier === 'atLeast'
          ? rounded >= total.value
          : rounded === total.value;
    const sign = ok ? '=' : '≠';
    relations.push({
      index,
      label: relation.label,
      total,
      parts,
      sum: rounded,
      ok,
      equation: `${parts.map((p) => formatNumber(p.value)).join(' + ')} ${total.qualifier === 'moreThan' ? (ok ? '>' : '≤') : sign} ${formatNumber(total.value)}`,
    });
  });

  const percents: PercentCheck[] = [];
  for (const observation of dataset.observations) {
    if (observation.statedPercent === undefined || observation.denominator === undefined) continue;
    const decimals = Math.max(2, decimalsOf(observation.statedPercent) + 1);
    const computed = percentOf(observation.value, observation.denominator.value, decimals);
    percents.push({
      observation,
      computed,
      stated: observation.statedPercent,
      ok: percentAgrees(observation.statedPercent, computed),
    });
  }

  return { relations, percents, missing };
}
