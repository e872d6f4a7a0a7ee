/** Doughnut charts (parts of a whole): the arc element and its controller, on top of the shared Chart.js core. */
import { ArcElement, Chart, DoughnutController } from 'chart.js';
import type { ChartSpec } from '../lib/chart-spec.ts';
import { CHART_COLOURS, CHART_INK } from '../lib/chart-colours.ts';
import type { ChartTheme } from './chart-draw.ts';

Chart.register(DoughnutController, ArcElement);

/** In dark mode the segments take the dark palette's tints and the gaps between them the page colour. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, theme?: ChartTheme): Chart<'doughnut'> {
  const colours = theme?.colours ?? CHART_COLOURS;
  return new Chart(canvas, {
    type: 'doughnut',
    data: {
      labels: spec.items.map((item) => item.label),
      datasets: [
        {
          data: spec.items.map((item) => item.value),
          backgroundColor: spec.items.map((_, i) => colours[i % colours.length] ?? CHART_INK),
          borderColor: theme?.paper ?? '#ffffff',
          borderWidth: 2,
        },
      ],
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false, events: [], cutout: '55%' },
  });
}
