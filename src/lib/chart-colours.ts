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

/**
 * The same six in dark mode (segments of doughnuts and of the comparison's bars, and their legend swatches):
 * lighter tints with at least 3:1 on the dark page colour, still apart for red-green colour blindness (the test
 * checks both). The light ones would sink into the dark page: #333333 has 1,4:1 there, #0b5d4b 2,3:1.
 */
export const CHART_COLOURS_DARK = ['#5cbf9f', '#e08a4f', '#6f9be0', '#c37fc8', '#d9dedc', '#ec6a9a'] as const;

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
