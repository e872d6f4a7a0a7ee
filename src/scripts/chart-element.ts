/**
 * <dvk-chart data-spec='{…}'>: draws a dataset's chart with Chart.js. Costs almost nothing until the chart
 * nears the viewport: only then is the drawing module (and Chart.js with it) fetched with import().
 * Without JavaScript the element shows nothing but its caption; the table below it carries the data.
 */
import type { ChartSpec } from '../lib/chart-spec.ts';
import type { LabelBox } from './chart-draw.ts';

export interface ChartPayload {
  spec: ChartSpec;
  /** File name for the PNG download, without extension. */
  file: string;
  /** Line printed under the chart in the PNG: source and address. */
  credit: string;
}

class DvkChart extends HTMLElement {
  chart: { destroy(): void } | undefined;
  labelBoxes: (() => LabelBox[]) | undefined;
  #observer: IntersectionObserver | undefined;
  #started = false;

  connectedCallback() {
    if (!('IntersectionObserver' in window)) return void this.#draw();
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.#observer?.disconnect();
          void this.#draw();
        }
      },
      { rootMargin: '200px 0px' },
    );
    this.#observer.observe(this);
    // A printed page shows the chart even if the reader never scrolled to it.
    addEventListener('beforeprint', () => void this.#draw(), { once: true });
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }

  async #draw() {
    const payload = JSON.parse(this.dataset['spec'] ?? 'null') as ChartPayload | null;
    const canvas = this.querySelector('canvas');
    if (!payload || !canvas || this.#started) return;
    this.#started = true;
    const module = payload.spec.kind === 'doughnut' ? await import('./chart-doughnut.ts') : await import('./chart-draw.ts');
    const { DARK } = await import('./chart-draw.ts');
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    /** The drawn Chart.js chart: the phone-layout gate reads its label boxes from it. */
    const chart = module.drawChart(canvas, payload.spec, dark ? DARK : undefined);
    this.chart = chart;
    // Where the bar chart's labels sit, from Chart.js's own layout (read by the phone-layout gate).
    if ('labelBoxes' in module && payload.spec.kind !== 'doughnut') this.labelBoxes = () => module.labelBoxes(chart as never);
    const button = this.querySelector<HTMLButtonElement>('button[data-png]');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', () => void this.#png(payload, dark));
    }
    this.setAttribute('data-drawn', '');
  }

  /** The PNG always has the light colours (chart-png.ts redraws a dark chart, light, off screen). */
  async #png(payload: ChartPayload, dark: boolean) {
    const canvas = this.querySelector('canvas');
    if (!canvas) return;
    const { downloadChartPng } = await import('./chart-png.ts');
    await downloadChartPng(canvas, payload, dark);
  }
}

if (!customElements.get('dvk-chart')) customElements.define('dvk-chart', DvkChart);
