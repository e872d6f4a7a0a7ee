/**
 * Draws a ChartSpec with Chart.js. Only what the site's charts use is registered: the bar controller,
 * its element and two scales here, the doughnut controller and arc in chart-doughnut.ts (fetched only for
 * doughnut charts). No tooltip or legend plugin: values are written on the chart (readable on a phone,
 * in print and in the PNG), and legends are HTML next to the canvas.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartConfiguration, type Plugin } from 'chart.js';
import { wrapLabel, type ChartSpec } from '../lib/chart-spec.ts';
import { wrapToWidth } from './wrap-text.ts';
import { CHART_COLOURS, CHART_GRID, CHART_INK, CHART_TRACK } from '../lib/chart-colours.ts';
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

/** Writes each bar's value just past its end (bar charts) or after the filled part (progress). */
function valueLabels(spec: ChartSpec): Plugin<'bar'> {
  return {
    id: 'dvkValues',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const meta = chart.getDatasetMeta(0);
      ctx.save();
      ctx.font = `600 ${FONT.size}px ${FONT.family}`;
      ctx.fillStyle = CHART_INK;
      ctx.textBaseline = 'middle';
      meta.data.forEach((bar, index) => {
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        const text = valueText(spec, index);
        const width = ctx.measureText(text).width;
        // Past the bar's end when there is room; otherwise inside it, in white (7:1 on the bar colour).
        const inside = x + 6 + width > (spec.kind === 'progress' ? chart.chartArea.right : chart.width);
        ctx.fillStyle = inside ? '#ffffff' : CHART_INK;
        ctx.fillText(text, inside ? x - 6 - width : x + 6, y);
      });
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

export function barConfig(spec: ChartSpec, width: number): ChartConfiguration<'bar'> {
  // Labels take at most ~40% of the width, wrapped onto as many lines as they need (the box's height is
  // reserved for that at build time, see chartHeightClass).
  const labelWidth = Math.max(110, Math.round(width * 0.4));
  const progress = spec.kind === 'progress';
  const values = spec.items.map((item) => (progress ? (item.percent ?? 0) : item.value));
  const widest = Math.max(...spec.items.map((_, i) => valueText(spec, i).length));
  const datasets = progress
    ? [
        { data: values, backgroundColor: CHART_COLOURS[0], label: 'Đạt' },
        { data: values.map((v) => Math.max(0, 100 - v)), backgroundColor: CHART_TRACK, label: 'Còn lại' },
      ]
    : [{ data: values, backgroundColor: CHART_COLOURS[0], label: spec.unit }];
  for (const dataset of datasets) Object.assign(dataset, { maxBarThickness: 32 });
  return {
    type: 'bar',
    data: { labels: spec.items.map((item) => labelLines(item.label, labelWidth)), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: 'vi-VN',
      indexAxis: 'y',
      events: [],
      // Room on the right for the longest value label (progress labels sit on the track).
      layout: { padding: { right: progress ? 8 : Math.min(160, widest * 8 + 12) } },
      scales: {
        x: {
          stacked: progress,
          beginAtZero: true,
          ...(progress ? { max: 100 } : {}),
          grid: { color: CHART_GRID },
          ticks: { color: CHART_INK, font: FONT, maxRotation: 0, callback: (value) => tick(Number(value), progress ? '%' : spec.unit) },
        },
        y: {
          stacked: progress,
          grid: { display: false },
          ticks: { color: CHART_INK, font: FONT, autoSkip: false },
          afterFit: (scale) => {
            scale.width = Math.min(scale.width, labelWidth + 12);
          },
        },
      },
    },
    plugins: [valueLabels(spec)],
  };
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): Chart<'bar'> {
  return new Chart(canvas, barConfig(spec, canvas.parentElement?.clientWidth ?? 320));
}
