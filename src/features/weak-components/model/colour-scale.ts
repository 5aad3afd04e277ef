/**
 * Colour scales readable with the common colour-vision deficiencies: cividis (sequential, dark blue →
 * yellow, designed to look the same to deuteranopes) and a blue–orange diverging scale (ColorBrewer
 * PuOr-like hues without red–green). Colour is never the only channel: every cell prints its number.
 */
export const CIVIDIS = [
  '#00224e',
  '#123570',
  '#3b496c',
  '#575d6d',
  '#707173',
  '#8a8779',
  '#a69d75',
  '#c4b56c',
  '#e4cf5b',
  '#fee838',
] as const;
/** From "fell most" (orange) through neutral to "rose most" (blue). */
export const BLUE_ORANGE = [
  '#7f3b08',
  '#b35806',
  '#e08214',
  '#fdb863',
  '#fee0b6',
  '#f4f4f4',
  '#d1e5f0',
  '#92c5de',
  '#4393c3',
  '#2166ac',
  '#053061',
] as const;

type Rgb = readonly [number, number, number];

function parseHex(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** Linear interpolation between the stops of a scale, `t` clamped to [0, 1]. */
export function interpolate(stops: readonly string[], t: number): string {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const position = clamped * (stops.length - 1);
  const low = Math.floor(position);
  const high = Math.min(low + 1, stops.length - 1);
  const from = parseHex(stops[low] ?? '#000000');
  const to = parseHex(stops[high] ?? '#000000');
  const share = position - low;
  const mix = (a: number, b: number) => a + (b - a) * share;
  return toHex([mix(from[0], to[0]), mix(from[1], to[1]), mix(from[2], to[2])]);
}

function luminance(hex: string): number {
  const linear = parseHex(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (linear[0] ?? 0) + 0.7152 * (linear[1] ?? 0) + 0.0722 * (linear[2] ?? 0);
}

/** Black or white, whichever contrasts more with the background (WCAG contrast ratio). */
export function textOn(background: string): '#000000' | '#ffffff' {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

export interface CellPaint {
  readonly background: string;
  readonly color: string;
}

/** Sequential paint: `t` 0 = weakest in view, 1 = best. Null value → no paint (the cell says why). */
export function paintSequential(t: number | null): CellPaint | null {
  if (t === null) return null;
  const background = interpolate(CIVIDIS, t);
  return { background, color: textOn(background) };
}

/** Diverging paint: `t` −1 = fell most, 0 = unchanged, +1 = rose most. */
export function paintDiverging(t: number | null): CellPaint | null {
  if (t === null) return null;
  const background = interpolate(BLUE_ORANGE, (t + 1) / 2);
  return { background, color: textOn(background) };
}
