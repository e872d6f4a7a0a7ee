/**
 * Share of models by field (lĩnh vực), across places. Totals differ (45 to 990 models), so the view
 * compares percentages; and places do not count the same fields (Thạch Hà counts a fifth, "nông thôn
 * mới, đô thị văn minh", which the others fold into their four), so every row says which fields it
 * counts and how the source named each one (the crosswalk).
 */
import type { Dataset, Observation } from '../schemas/stats.ts';
import { percentOf } from './format.ts';
import { FIELDS, type FieldId } from './vocabulary.ts';

/** The four fields every place counts. */
export const COMMON_FIELDS: FieldId[] = ['kinh-te', 'van-hoa-xa-hoi', 'quoc-phong-an-ninh', 'xay-dung-he-thong-chinh-tri'];

export interface FieldShare {
  field: FieldId;
  /** How the source names this field (the crosswalk's left side). */
  sourceLabel: string;
  observation: string;
  value: number;
  /** Percent of the place's own total. */
  percent: number;
  /** Percent of the models in the four common fields only (null for a field outside them). */
  percentOfCommon: number | null;
}

export interface FieldComparisonRow {
  dataset: string;
  place: string;
  period: Dataset['period'];
  total: number;
  /** Models in the four common fields. */
  commonTotal: number;
  shares: FieldShare[];
  /** Fields this place counts beyond the common four. */
  extraFields: FieldId[];
}

/** The relation whose parts are all tagged with a field and counted in models, if the dataset has one. */
function byFieldRelation(data: Dataset) {
  const byId = new Map(data.observations.map((o) => [o.id, o]));
  for (const relation of data.relations) {
    const parts = relation.parts.map((id) => byId.get(id));
    const total = byId.get(relation.total);
    if (total && parts.every((p): p is Observation & { field: FieldId } => p?.field !== undefined && p.unit === 'mô hình')) {
      return { total, parts };
    }
  }
  return undefined;
}

export function fieldComparison(datasets: { id: string; data: Dataset }[]): FieldComparisonRow[] {
  const rows: FieldComparisonRow[] = [];
  for (const { id, data } of datasets) {
    const relation = byFieldRelation(data);
    if (!relation) continue;
    const commonTotal = relation.parts.filter((p) => COMMON_FIELDS.includes(p.field)).reduce((sum, p) => sum + p.value, 0);
    const order = FIELDS.map((f) => f.id as FieldId);
    const shares = relation.parts
      .map((p) => ({
        field: p.field,
        sourceLabel: p.label,
        observation: p.id,
        value: p.value,
        percent: percentOf(p.value, relation.total.value, 1),
        percentOfCommon: COMMON_FIELDS.includes(p.field) ? percentOf(p.value, commonTotal, 1) : null,
      }))
      .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
    rows.push({
      dataset: id,
      place: data.place,
      period: data.period,
      total: relation.total.value,
      commonTotal,
      shares,
      extraFields: shares.map((s) => s.field).filter((f) => !COMMON_FIELDS.includes(f)),
    });
  }
  return rows;
}
