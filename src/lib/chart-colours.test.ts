import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_COLOURS, CHART_COLOURS_DARK, CHART_DARK, CHART_INK } from './chart-colours.ts';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: number[]) => 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

// Machado, Oliveira & Fernandes (2009) matrices at full severity, applied to linear RGB.
const SIMULATIONS: Record<string, number[][]> = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
};
const simulate = (hex: string, m: number[][]) => {
  const lin = rgb(hex).map(linear);
  return m.map((row) => row.reduce((sum, k, i) => sum + k * lin[i]!, 0));
};
const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - b[i]!));

describe('chart colours', () => {
  it('stand out from the white background by at least 3:1 (WCAG 1.4.11)', () => {
    for (const colour of [...CHART_COLOURS, CHART_INK]) expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
  });

  it('keep the same contrast rules in dark mode: text 4.5:1, bars 3:1 on the dark page', () => {
    expect(contrast(CHART_DARK.ink, CHART_DARK.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(CHART_DARK.bar, CHART_DARK.paper)).toBeGreaterThanOrEqual(3);
    expect(contrast(CHART_DARK.onBar, CHART_DARK.bar)).toBeGreaterThanOrEqual(4.5);
    expect(CHART_COLOURS_DARK.length).toBe(CHART_COLOURS.length);
    for (const colour of CHART_COLOURS_DARK) expect(contrast(colour, CHART_DARK.paper), colour).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['light', CHART_COLOURS],
    ['dark', CHART_COLOURS_DARK],
  ] as const)('stay apart from each other for readers with red-green colour blindness (%s)', (_, palette) => {
    for (const [name, matrix] of Object.entries(SIMULATIONS)) {
      for (let i = 0; i < palette.length; i++) {
        for (let j = i + 1; j < palette.length; j++) {
          const d = distance(simulate(palette[i]!, matrix), simulate(palette[j]!, matrix));
          expect(d, `${name}: ${palette[i]} vs ${palette[j]}`).toBeGreaterThan(0.04);
        }
      }
    }
  });

  it('match the legend swatches in global.css', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    CHART_COLOURS.forEach((colour, i) => expect(css).toMatch(new RegExp(`\\.swatch-${i} \\{\\s*background: ${colour};`)));
    const dark = css.slice(css.indexOf('/* Dark mode: CHART_COLOURS_DARK'));
    CHART_COLOURS_DARK.forEach((colour, i) => expect(dark).toMatch(new RegExp(`\\.swatch-${i} \\{\\s*background: ${colour};`)));
  });
});
