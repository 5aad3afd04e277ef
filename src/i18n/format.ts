import type { Lang } from '@/domain/catalogue';

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

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** A score with 2 decimals: `85,32` in Vietnamese. Missing is an em dash, never 0. */
export function formatScore(value: number | null, lang: Lang, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A signed change: `+0,08`, `-0,18`. */
export function formatDelta(value: number | null, lang: Lang, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return numberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value);
}

export function formatPercent(value: number | null, lang: Lang, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value / 100);
}

export function formatInteger(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '—';
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
