/**
 * Chart colours. Each has at least 3:1 contrast with the white background (WCAG 1.4.11), and neighbours
 * differ in lightness as well as hue, so readers with colour-vision deficiencies can tell segments apart;
 * every chart also names its parts in the legend, the caption and the table, so colour is never the only cue.
 * A unit test checks the contrast.
 */
export const CHART_COLOURS = ['#0b5d4b', '#b4531a', '#2f5fa7', '#8a3b8f', '#333333', '#c2185b'] as const;
/** Text and axes. */
export const CHART_INK = '#1f2933';
export const CHART_GRID = '#d5dcd9';
/** The unfilled part of a progress bar: decoration, not data. */
export const CHART_TRACK = '#e3e9e7';

/** Dark mode, on the dark page colour (#121816, --color-paper in global.css): same contrast rules. */
export const CHART_DARK = {
  paper: '#121816',
  ink: '#e6ebe8',
  grid: '#3b4743',
  track: '#2a3531',
  bar: '#6cc4a9',
  onBar: '#121816',
} as const;

/** CSS class of the legend swatch for the i-th colour (`.swatch-<i>` in global.css, same order). */
export function swatchClass(i: number): string {
  return `swatch-${i % CHART_COLOURS.length}`;
}
