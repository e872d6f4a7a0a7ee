/**
 * What a dataset's chart draws, derived from the data alone (no figure is retyped for the chart), and
 * the Vietnamese sentence that says the same thing to a screen-reader user.
 *
 * Pure and browser-safe: the page builds the spec at build time and hands it to the <dvk-chart>
 * element as JSON; the element only draws what the spec says.
 */
import type { Dataset, Observation } from '../schemas/stats.ts';
import { formatNumber, formatQualified, percentOf } from './format.ts';
import type { ChartKind, Qualifier } from './vocabulary.ts';
import { ui } from '../i18n/vi.ts';

const RECOMPUTED = ui.stats.recomputed;

export interface ChartItem {
  /** Observation id, so a bar links back to its table row. */
  id: string;
  label: string;
  value: number;
  qualifier: Qualifier;
  /** Progress charts: the percentage drawn (stated by the source, or computed from the fraction). */
  percent?: number;
  /** True when `percent` was computed here from the fraction, not stated by the source. */
  computed?: boolean;
  /** True when the figure is a target (chỉ tiêu), not a result. */
  target?: boolean;
}

export interface ChartSpec {
  kind: Exclude<ChartKind, 'none'>;
  title: string;
  /** Unit of every item (progress charts: "%"). */
  unit: string;
  items: ChartItem[];
  /** The total the items make up, when the data declares one. */
  total?: { label: string; value: number; qualifier: Qualifier; unit: string };
  /** The screen-reader summary, also shown as the chart's visible caption. */
  summary: string;
}

const KIND_NAMES: Record<ChartSpec['kind'] | 'targets', string> = {
  bar: 'Biểu đồ cột',
  doughnut: 'Biểu đồ tròn',
  progress: 'Biểu đồ mức đạt',
  /** A progress chart whose every figure is a target: what is drawn is aimed at, not reached. */
  targets: 'Biểu đồ chỉ tiêu (mức phấn đấu, chưa phải kết quả)',
};

/** "Văn hóa – xã hội" → "văn hóa – xã hội"; keeps proper nouns after the first word ("Đảng"). */
function inSentence(label: string): string {
  const first = label.charAt(0);
  const second = label.charAt(1);
  // Leave acronyms (OCOP, BHYT) alone.
  if (second && second === second.toUpperCase() && second !== second.toLowerCase()) return label;
  return first.toLowerCase() + label.slice(1);
}

function describe(item: { label: string; field?: string | undefined }): string {
  return item.field ? `lĩnh vực ${inSentence(item.label)}` : inSentence(item.label);
}

/** The relation a chart of parts draws: the one by field when there is one, else the first. */
function chartedRelation(dataset: Dataset, byId: Map<string, Observation>) {
  return dataset.relations.find((r) => r.parts.every((id) => byId.get(id)?.field)) ?? dataset.relations[0];
}

function percentFor(o: Observation): number | undefined {
  if (o.unit === '%') return o.value;
  if (o.statedPercent !== undefined) return o.statedPercent;
  if (o.denominator) return percentOf(o.value, o.denominator.value, 1);
  return undefined;
}

/** Picks the figures a chart draws, or null when the dataset has no chart (chart: "none", or nothing comparable). */
export function chartSpec(dataset: Dataset): ChartSpec | null {
  if (dataset.chart === 'none') return null;
  const kind = dataset.chart;
  const byId = new Map(dataset.observations.map((o) => [o.id, o]));
  const toItem = (o: Observation, percent?: number): ChartItem => ({
    id: o.id,
    label: o.label,
    value: o.value,
    qualifier: o.qualifier,
    ...(percent === undefined ? {} : { percent }),
    ...(percent !== undefined && o.unit !== '%' && o.statedPercent === undefined ? { computed: true } : {}),
    ...(o.target ? { target: true } : {}),
  });

  let observations: Observation[];
  let total: Observation | undefined;
  let unit = dataset.unit;

  if (kind === 'progress') {
    observations = dataset.observations.filter((o) => percentFor(o) !== undefined);
    unit = '%';
  } else {
    const relation = chartedRelation(dataset, byId);
    if (relation) {
      total = byId.get(relation.total);
      observations = relation.parts.map((id) => byId.get(id)).filter((o): o is Observation => o !== undefined);
      // The parts share a unit; the total may be worded differently ("lượt hộ" over parts in "hộ").
      unit = observations[0]?.unit ?? dataset.unit;
    } else {
      // No declared whole: draw every figure in the dataset's main unit (a bar chart of comparable amounts).
      observations = dataset.observations.filter((o) => o.unit === dataset.unit);
    }
  }
  if (observations.length < 2 || (kind !== 'progress' && observations.some((o) => o.unit !== unit))) return null;

  const items = observations.map((o) => toItem(o, kind === 'progress' ? percentFor(o) : undefined));
  const spec: ChartSpec = {
    kind,
    title: dataset.title,
    unit,
    items,
    ...(total ? { total: { label: total.label, value: total.value, qualifier: total.qualifier, unit: total.unit } } : {}),
    summary: '',
  };
  // Items are named as fields ("lĩnh vực kinh tế") only when each is a different field: a breakdown by field.
  const fields = observations.map((o) => o.field);
  const byField = fields.every((f) => f !== undefined) && new Set(fields).size === fields.length;
  spec.summary = chartSummary(spec, byField ? fields : []);
  return spec;
}

/**
 * One or two Vietnamese sentences that carry what the chart shows:
 * "Biểu đồ cột: 138 mô hình, nhiều nhất lĩnh vực văn hóa – xã hội với 37, ít nhất lĩnh vực xây dựng Đảng,
 * hệ thống chính trị với 19."
 */
export function chartSummary(spec: Omit<ChartSpec, 'summary'>, fields: (string | undefined)[] = []): string {
  const items = spec.items.map((item, i) => ({ ...item, field: fields[i] }));
  const name = spec.kind === 'progress' && spec.items.every((item) => item.target) ? KIND_NAMES.targets : KIND_NAMES[spec.kind];
  if (spec.kind === 'progress') {
    const sorted = [...items].sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0));
    const high = sorted[0];
    const low = sorted.at(-1);
    if (!high || !low) return name;
    const pct = (item: ChartItem) => `${formatNumber(item.percent ?? 0)}%${item.computed ? ` (${RECOMPUTED})` : ''}`;
    return `${name}: ${items.length} tỷ lệ, cao nhất ${describe(high)} với ${pct(high)}, thấp nhất ${describe(low)} với ${pct(low)}.`;
  }
  const head = spec.total
    ? `${name}: ${formatQualified(spec.total.value, spec.total.unit, spec.total.qualifier)}`
    : `${name}: ${items.length} số liệu`;
  const whole = spec.total?.value ?? items.reduce((sum, item) => sum + item.value, 0);
  if (spec.kind === 'doughnut') {
    const parts = items.map(
      (item) => `${describe(item)} ${formatNumber(item.value)} (${formatNumber(percentOf(item.value, whole, 1))}%, ${RECOMPUTED})`,
    );
    return `${head}, gồm ${parts.join('; ')}.`;
  }
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const high = sorted[0];
  const low = sorted.at(-1);
  if (!high || !low) return `${head}.`;
  const value = (item: ChartItem) => (spec.total ? formatNumber(item.value) : formatQualified(item.value, spec.unit, item.qualifier));
  return `${head}, nhiều nhất ${describe(high)} với ${value(high)}, ít nhất ${describe(low)} với ${value(low)}.`;
}

/** Splits a long label into lines of at most `width` characters, so bars keep their room on a phone. */
export function wrapLabel(label: string, width = 26): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Height the chart's box reserves (a Tailwind class), from the number of label lines, so nothing shifts when it draws. */
const HEIGHTS = ['h-40', 'h-48', 'h-56', 'h-64', 'h-72', 'h-80', 'h-96', 'h-[28rem]', 'h-[32rem]', 'h-[36rem]', 'h-[40rem]'] as const;
const HEIGHT_PX = [160, 192, 224, 256, 288, 320, 384, 448, 512, 576, 640];

export function chartHeightClass(spec: Pick<ChartSpec, 'kind' | 'items'>): string {
  if (spec.kind === 'doughnut') return 'h-64';
  // Each bar needs about 17 px per label line (at least two lines' worth) at a phone's width, where the
  // labels get ~130 px (about 18 characters), plus the axis.
  const needed = spec.items.reduce((sum, item) => sum + Math.max(2, wrapLabel(item.label, 18).length) * 17 + 10, 0) + 40;
  const index = HEIGHT_PX.findIndex((px) => px >= needed);
  return HEIGHTS[index === -1 ? HEIGHTS.length - 1 : index] ?? 'h-96';
}
