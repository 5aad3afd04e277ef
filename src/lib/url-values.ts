/**
 * The one gate for values read from the URL hash. A pasted or crafted link is untrusted input: every
 * value is bounded in length and shape here, and each screen then checks it against its own range or the
 * loaded data. A value that fails is treated as absent (the default applies); it never raises an error
 * and is never remembered.
 */

/** Longer than any code, id, year list or period the app writes; anything longer is not ours. */
export const MAX_URL_VALUE = 200;
/** More parameters than any screen writes; the rest of a padded hash is ignored. */
export const MAX_URL_PARAMS = 32;

// Control, format (zero-width, bidi) and line-separator characters never occur in a value the app writes.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
/** Unit, level, block, component and dataset codes: letters, digits, `.`, `_`, `-`; no spaces or quotes. */
const CODE = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u;

/** A value the hash may carry at all: non-empty, bounded, no invisible characters. */
export function isUrlValue(value: string): boolean {
  return value !== '' && value.length <= MAX_URL_VALUE && !INVISIBLE.test(value);
}

/** A code (unit, level, block, component, id), or null. */
export function urlCode(value: string | null): string | null {
  return value !== null && CODE.test(value) ? value : null;
}

/** A whole number written in plain digits, inside [min, max], or null. */
export function urlInt(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  const parsed = Number(value);
  return parsed >= min && parsed <= max ? parsed : null;
}

/** Years the catalogue can hold; screens narrow this further to the years in the data. */
export const URL_YEARS = { min: 1990, max: 2100 } as const;

export function urlYear(value: string | null): number | null {
  return urlInt(value, URL_YEARS.min, URL_YEARS.max);
}

/** One of a fixed list of words, or null. */
export function urlPick<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return allowed.find((candidate) => candidate === value) ?? null;
}

/** A comma list of codes: bad items dropped, duplicates dropped, at most `limit` kept. */
export function urlCodeList(value: string | null, limit: number): string[] {
  const out: string[] = [];
  for (const item of (value ?? '').split(',')) {
    const code = urlCode(item.trim());
    if (code !== null && !out.includes(code)) out.push(code);
    if (out.length === limit) break;
  }
  return out;
}

/**
 * A code checked against the data (e.g. the loaded units). Until the data's list is known a well-formed
 * code may be used (queries bind it as a parameter, so it is harmless) but is not `confirmed`: only a
 * confirmed value may be remembered.
 */
export function checkKnownCode(
  value: string | null,
  known: ReadonlySet<string> | undefined,
): { value: string | null; confirmed: boolean } {
  const code = urlCode(value);
  if (known === undefined) return { value: code, confirmed: false };
  return code !== null && known.has(code)
    ? { value: code, confirmed: true }
    : { value: null, confirmed: false };
}
