/** Doughnut charts (parts of a whole): the arc element and its controller, on top of the shared Chart.js core. */
import { ArcElement, Chart, DoughnutController } from 'chart.js';
import type { ChartSpec } from '../lib/chart-spec.ts';
import { CHART_COLOURS, CHART_INK } from '../lib/chart-colours.ts';

Chart.register(DoughnutController, ArcElement);

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): Chart<'doughnut'> {
  return new Chart(canvas, {
    type: 'doughnut',
    data: {
      labels: spec.items.map((item) => item.label),
      datasets: [
        {
          data: spec.items.map((item) => item.value),
          backgroundColor: spec.items.map((_, i) => CHART_COLOURS[i % CHART_COLOURS.length] ?? CHART_INK),
          borderColor: '#ffffff',
          borderWidth: 2,
        },
      ],
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false, events: [], cutout: '55%' },
  });
}
