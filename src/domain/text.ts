/**
 * Vietnamese text helpers. NFD splits a letter from its tone and vowel marks (ả → a + ̉), so removing
 * combining marks strips them; đ/Đ is a letter of its own, not a mark, hence the explicit mapping.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau": the form of every unit code in the bundled data. */
export function slugifyVietnamese(name: string): string {
  return stripDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * "  Quảng  NINH " → "quang ninh": diacritic-, case- and punctuation-insensitive form for search.
 * `SEARCH_FOLD_SQL` in src/sql/units.ts folds the same way in DuckDB; a unit test keeps them in step.
 */
export function foldForSearch(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const VI_COLLATOR = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Sorts by Vietnamese alphabetical order (Đ after D, Ơ after O), which SQL ORDER BY cannot do here. */
export function sortByVietnamese<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => VI_COLLATOR.compare(nameOf(a), nameOf(b)));
}
