import type { Lang } from '@/domain/catalogue';

/**
 * Every number on screen, in the CSV and PNG exports and in the award evidence is written by one of
 * these, in the reader's language (vi-VN: `85,32`), and a value that is not there is always
 * `MISSING`: never 0, never blank, never another dash.
 */
export const MISSING = '—';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, format);
  }
  return format;
}

function known(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** A score or a number of points with fixed decimals: `85,32`, `6,00`. */
export function formatScore(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (!known(value)) return MISSING;
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A figure quoted in a sentence, with only the decimals it has (up to `digits`): `6`, `0,31`. */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (!known(value)) return MISSING;
  return numberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** A signed change: `+0,08`, `-0,18`, `0,00`; with `digits` 0, a change of rank: `+9`. */
export function formatDelta(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (!known(value)) return MISSING;
  return numberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value);
}

/**
 * How a percentage is written: `fixed` decimals (a table cell, `52,50%`), `quoted` with only the
 * decimals it has (a sentence, `91,5%`), or `signed` as a change (`+1,23%`).
 */
export type PercentStyle = 'fixed' | 'quoted' | 'signed';

/**
 * Every percentage (given out of 100) on screen and in the exports, in Intl's own form for the
 * language: `52,50%` in Vietnamese (vi-VN), `52.50%` in English, no space before the sign in either.
 */
export function formatPercent(
  value: number | null | undefined,
  lang: Lang,
  digits = 2,
  style: PercentStyle = 'fixed',
): string {
  if (!known(value)) return MISSING;
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: style === 'quoted' ? 0 : digits,
    maximumFractionDigits: digits,
    ...(style === 'signed' ? { signDisplay: 'exceptZero' } : {}),
  }).format(value / 100);
}

/** A count or a rank: `1.234` in Vietnamese. */
export function formatInteger(value: number | null | undefined, lang: Lang): string {
  if (!known(value)) return MISSING;
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

const collators = new Map<Lang, Intl.Collator>();
/** Vietnamese collation: "Đà Nẵng" sorts after "Cần Thơ" and before "Hà Nội". */
export function collator(lang: Lang): Intl.Collator {
  let found = collators.get(lang);
  if (!found) {
    found = new Intl.Collator(LOCALES[lang], { sensitivity: 'base', numeric: true });
    collators.set(lang, found);
  }
  return found;
}

export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
