/**
 * Saves a drawn chart as a PNG that stands on its own in a report: title above, source and address
 * below, on a white background (a bare canvas is transparent and carries no credit).
 */
import type { ChartPayload } from './chart-element.ts';
import { wrapToWidth } from './wrap-text.ts';
import { CHART_COLOURS } from '../lib/chart-colours.ts';
import { formatQualified } from '../lib/format.ts';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

export function downloadPng(chart: HTMLCanvasElement, { spec, file, credit }: ChartPayload): void {
  const scale = chart.width / chart.clientWidth || 1;
  const pad = 16 * scale;
  const out = document.createElement('canvas');
  const context = out.getContext('2d');
  if (!context) return;
  out.width = chart.width + 2 * pad;
  const titleFont = `600 ${17 * scale}px ${FONT}`;
  const creditFont = `${12 * scale}px ${FONT}`;
  context.font = titleFont;
  const title = wrapToWidth(context, spec.title, out.width - 2 * pad);
  context.font = creditFont;
  const lines = wrapToWidth(context, credit, out.width - 2 * pad);
  // A doughnut's colours mean nothing without its legend: draw it under the chart.
  const legend =
    spec.kind === 'doughnut' ? spec.items.map((item) => `${item.label}: ${formatQualified(item.value, spec.unit, item.qualifier)}`) : [];
  const legendHeight = legend.length * 20 * scale;
  const titleHeight = title.length * 22 * scale;
  const creditHeight = lines.length * 16 * scale;
  out.height = pad + titleHeight + pad / 2 + chart.height + legendHeight + pad / 2 + creditHeight + pad;

  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  context.fillStyle = '#1f2933';
  context.textBaseline = 'top';
  context.font = titleFont;
  title.forEach((line, i) => context.fillText(line, pad, pad + i * 22 * scale));
  context.drawImage(chart, pad, pad + titleHeight + pad / 2);
  const legendTop = pad + titleHeight + pad / 2 + chart.height + 4 * scale;
  context.font = `${14 * scale}px ${FONT}`;
  legend.forEach((line, i) => {
    context.fillStyle = CHART_COLOURS[i % CHART_COLOURS.length] ?? '#1f2933';
    context.fillRect(pad, legendTop + i * 20 * scale + 2 * scale, 12 * scale, 12 * scale);
    context.fillStyle = '#1f2933';
    context.fillText(line, pad + 18 * scale, legendTop + i * 20 * scale);
  });
  context.font = creditFont;
  context.fillStyle = '#4a5561';
  const top = pad + titleHeight + pad / 2 + chart.height + legendHeight + pad / 2;
  lines.forEach((line, i) => context.fillText(line, pad, top + i * 16 * scale));

  out.toBlob((blob) => {
    if (!blob) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${file}.png`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }, 'image/png');
}

/**
 * The chart's PNG, always in the light colours: a chart drawn dark on screen is drawn again, light, off screen.
 * Kept here, loaded only on a click, so the chart element that every chart page loads stays small.
 */
export async function downloadChartPng(canvas: HTMLCanvasElement, payload: ChartPayload, dark: boolean): Promise<void> {
  if (!dark) return downloadPng(canvas, payload);
  const box = document.createElement('div');
  box.style.cssText = `position:fixed;left:-10000px;top:0;width:${canvas.clientWidth}px;height:${canvas.clientHeight}px`;
  const light = document.createElement('canvas');
  box.append(light);
  document.body.append(box);
  const module = payload.spec.kind === 'doughnut' ? await import('./chart-doughnut.ts') : await import('./chart-draw.ts');
  const chart = module.drawChart(light, payload.spec);
  downloadPng(light, payload);
  chart.destroy();
  box.remove();
}
