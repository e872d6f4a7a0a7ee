/**
 * Draws a ChartSpec with Chart.js. Only what the site's charts use is registered: the bar controller,
 * its element and two scales here, the doughnut controller and arc in chart-doughnut.ts (fetched only for
 * doughnut charts). No tooltip or legend plugin: values are written on the chart (readable on a phone,
 * in print and in the PNG), and legends are HTML next to the canvas.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartConfiguration, type Plugin } from 'chart.js';
import { wrapLabel, type ChartSpec } from '../lib/chart-spec.ts';
import { wrapToWidth } from './wrap-text.ts';
import { CHART_COLOURS, CHART_COLOURS_DARK, CHART_DARK, CHART_GRID, CHART_INK, CHART_TRACK } from '../lib/chart-colours.ts';
import { formatNumber, formatQualified } from '../lib/format.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export const FONT = { family: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', size: 13 };

/** Axis ticks: "4 tỷ", "632 triệu", "1.000", "50%". */
function tick(value: number, unit: string): string {
  if (unit === 'đồng' && value >= 1e9) return `${formatNumber(value / 1e9)} tỷ`;
  if (unit === 'đồng' && value >= 1e6) return `${formatNumber(value / 1e6)} triệu`;
  return unit === '%' ? `${formatNumber(value)}%` : formatNumber(value);
}

/** The value as the table words it: "37", "hơn 4 tỷ đồng", "82,2%". */
export function valueText(spec: ChartSpec, index: number): string {
  const item = spec.items[index];
  if (!item) return '';
  if (spec.kind === 'progress') return `${formatNumber(item.percent ?? 0)}%`;
  return spec.total && item.qualifier === 'exact' ? formatNumber(item.value) : formatQualified(item.value, spec.unit, item.qualifier);
}

/** Ink and grid colours: light (page in light mode, and always in the PNG export) or dark. */
export interface ChartTheme {
  ink: string;
  grid: string;
  track: string;
  bar: string;
  /** Value text drawn inside a bar. */
  onBar: string;
  /** The page behind the chart (gaps between doughnut segments). */
  paper?: string;
  /** One colour per part, in order (doughnut segments). */
  colours: readonly string[];
}
export const LIGHT: ChartTheme = {
  ink: CHART_INK,
  grid: CHART_GRID,
  track: CHART_TRACK,
  bar: CHART_COLOURS[0],
  onBar: '#ffffff',
  colours: CHART_COLOURS,
};
export const DARK: ChartTheme = { ...CHART_DARK, colours: CHART_COLOURS_DARK };

/** Below this width (CSS px) the labels go above their bars, across the whole width, instead of beside them. */
const NARROW = 480;
const LINE = 16;

/** A label's box on the canvas, in CSS pixels: what is drawn, and what the layout gate checks. */
export interface LabelBox {
  lines: string[];
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Writes each bar's value just past its end (bar charts) or after the filled part (progress). */
function valueLabels(spec: ChartSpec, theme: ChartTheme): Plugin<'bar'> {
  return {
    id: 'dvkValues',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const meta = chart.getDatasetMeta(0);
      ctx.save();
      ctx.font = `600 ${FONT.size}px ${FONT.family}`;
      ctx.fillStyle = theme.ink;
      ctx.textBaseline = 'middle';
      meta.data.forEach((bar, index) => {
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        const text = valueText(spec, index);
        const width = ctx.measureText(text).width;
        // Past the bar's end when there is room; otherwise inside it (7:1 on the bar colour).
        const inside = x + 6 + width > (spec.kind === 'progress' ? chart.chartArea.right : chart.width);
        ctx.fillStyle = inside ? theme.onBar : theme.ink;
        ctx.fillText(text, inside ? x - 6 - width : x + 6, y);
      });
      ctx.restore();
    },
  };
}

/** Where each category label sits: above its bar on a phone, or as a tick label left of the bars. */
export function labelBoxes(chart: Chart<'bar'>): LabelBox[] {
  const labels = (chart.data.labels ?? []) as string[][];
  const context = chart.ctx;
  context.save();
  context.font = `${FONT.size}px ${FONT.family}`;
  const widest = (lines: string[]) => Math.max(0, ...lines.map((line) => context.measureText(line).width));
  const scale = chart.scales['y'];
  const ticks = (scale?.options as { ticks?: { display?: boolean; padding?: number } } | undefined)?.ticks;
  const above = ticks?.display === false;
  const boxes = labels.map((lines, i) => {
    const height = lines.length * LINE;
    if (above) {
      const bar = chart.getDatasetMeta(0).data[i]?.getProps(['y', 'height'], true) as { y: number; height: number } | undefined;
      const bottom = (bar?.y ?? 0) - (bar?.height ?? 0) / 2 - 4;
      return { lines, left: chart.chartArea.left, top: bottom - height, width: widest(lines), height };
    }
    const right = (scale?.right ?? 0) - Number(ticks?.padding ?? 3);
    const middle = scale?.getPixelForTick(i) ?? 0;
    const width = widest(lines);
    return { lines, left: right - width, top: middle - height / 2, width, height };
  });
  context.restore();
  return boxes;
}

/** On a phone: each label above its bar, wrapped to the chart's whole width. */
function labelsAbove(theme: ChartTheme): Plugin<'bar'> {
  return {
    id: 'dvkLabelsAbove',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      if ((chart.options.scales?.['y']?.ticks as { display?: boolean } | undefined)?.display !== false) return;
      ctx.save();
      ctx.font = `${FONT.size}px ${FONT.family}`;
      ctx.fillStyle = theme.ink;
      ctx.textBaseline = 'top';
      for (const box of labelBoxes(chart)) box.lines.forEach((line, i) => ctx.fillText(line, box.left, box.top + i * LINE + 1));
      ctx.restore();
    },
  };
}

/** Wraps a label to fit `width` pixels in the chart's font. */
function labelLines(label: string, width: number): string[] {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return wrapLabel(label);
  context.font = `${FONT.size}px ${FONT.family}`;
  return wrapToWidth(context, label, width);
}

export function barConfig(spec: ChartSpec, width: number, theme: ChartTheme = LIGHT): ChartConfiguration<'bar'> {
  const progress = spec.kind === 'progress';
  const values = spec.items.map((item) => (progress ? (item.percent ?? 0) : item.value));
  const widest = Math.max(...spec.items.map((_, i) => valueText(spec, i).length));
  // Room on the right for the longest value label (progress labels sit on the track).
  const right = progress ? 8 : Math.min(160, widest * 8 + 12);
  // Beside the bars, labels take at most ~40% of the width, and never more than Chart.js gives an axis
  // (half of what is left after the padding), or they are clipped at the left edge.
  const labelWidth = Math.min(Math.round(width * 0.4), Math.floor((width - right) / 2) - 16);
  const above = width < NARROW || labelWidth < 110;
  // Above the bars a label may use the whole width, less the room the axis's first tick takes at the left.
  const labels = spec.items.map((item) => labelLines(item.label, above ? width - 24 : labelWidth));
  const datasets = progress
    ? [
        { data: values, backgroundColor: theme.bar, label: 'Đạt' },
        { data: values.map((v) => Math.max(0, 100 - v)), backgroundColor: theme.track, label: 'Còn lại' },
      ]
    : [{ data: values, backgroundColor: theme.bar, label: spec.unit }];
  for (const dataset of datasets) Object.assign(dataset, { maxBarThickness: above ? 18 : 32 });
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: 'vi-VN',
      indexAxis: 'y',
      events: [],
      // Above the bars, the first label needs room over the first bar.
      layout: { padding: { right, top: above ? Math.max(0, (labels[0]?.length ?? 1) * LINE - 8) : 0 } },
      scales: {
        x: {
          stacked: progress,
          beginAtZero: true,
          ...(progress ? { max: 100 } : {}),
          // Labels above the bars span the chart's width: lines across the chart would run through their text,
          // so on a phone only the tick marks stay (every bar carries its value anyway).
          grid: { color: theme.grid, drawOnChartArea: !above },
          ticks: { color: theme.ink, font: FONT, maxRotation: 0, callback: (value) => tick(Number(value), progress ? '%' : spec.unit) },
        },
        y: {
          stacked: progress,
          grid: { display: false },
          ticks: { display: !above, color: theme.ink, font: FONT, autoSkip: false },
          afterFit: (scale) => {
            scale.width = above ? 0 : Math.min(scale.width, labelWidth + 12);
          },
        },
      },
    },
    plugins: [valueLabels(spec, theme), labelsAbove(theme)],
  };
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, theme: ChartTheme = LIGHT): Chart<'bar'> {
  const config = barConfig(spec, canvas.parentElement?.clientWidth ?? 320, theme);
  // When the box changes width (a phone turned, a window resized), wrap and place the labels again.
  const relayout = (chart: Chart<'bar'>, { width }: { width: number }) => {
    const next = barConfig(spec, width, theme);
    chart.data.labels = next.data.labels ?? [];
    chart.options = { ...next.options, onResize: relayout };
  };
  return new Chart(canvas, { ...config, options: { ...config.options, onResize: relayout } });
}
