/**
 * <dvk-chart data-spec='{…}'>: draws a dataset's chart with Chart.js. Costs almost nothing until the chart
 * nears the viewport: only then is the drawing module (and Chart.js with it) fetched with import().
 * Without JavaScript the element shows nothing but its caption; the table below it carries the data.
 */
import type { ChartSpec } from '../lib/chart-spec.ts';

export interface ChartPayload {
  spec: ChartSpec;
  /** File name for the PNG download, without extension. */
  file: string;
  /** Line printed under the chart in the PNG: source and address. */
  credit: string;
}

class DvkChart extends HTMLElement {
  #observer: IntersectionObserver | undefined;

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
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }

  async #draw() {
    const payload = JSON.parse(this.dataset['spec'] ?? 'null') as ChartPayload | null;
    const canvas = this.querySelector('canvas');
    if (!payload || !canvas) return;
    const { drawChart } = payload.spec.kind === 'doughnut' ? await import('./chart-doughnut.ts') : await import('./chart-draw.ts');
    drawChart(canvas, payload.spec);
    const button = this.querySelector<HTMLButtonElement>('button[data-png]');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', () => {
        void import('./chart-png.ts').then(({ downloadPng }) => downloadPng(canvas, payload));
      });
    }
    this.setAttribute('data-drawn', '');
  }
}

if (!customElements.get('dvk-chart')) customElements.define('dvk-chart', DvkChart);
