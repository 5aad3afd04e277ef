/**
 * Okabe–Ito, distinguishable with the common colour-vision deficiencies, in the light theme's order.
 * Each theme orders the eight hues so the first five keep ≥ 3:1 against its background (black,
 * invisible on dark, becomes near-white there); the CSS variables `--series-N` (src/styles.css) carry
 * each theme's choice, and these hexes are their fallback.
 */
const LIGHT_SERIES = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#000000',
  '#E69F00',
  '#56B4E9',
  '#F0E442',
] as const;

/**
 * A CSS colour for the series at `position`. The light hex is the `var()` fallback, so a chart
 * serialised outside the page (the PNG export, drawn on white) keeps its colours.
 */
export function seriesColor(position: number): string {
  const slot = position % LIGHT_SERIES.length;
  return `var(--series-${slot + 1}, ${LIGHT_SERIES[slot] ?? LIGHT_SERIES[0]})`;
}
