/** Why a (unit, component) is on the list; the SQL returns them comma-joined in `reasons`. */
export const WEAK_REASONS = [
  'low_pct',
  'low_median',
  'low_quartile',
  'falling_score',
  'falling_rank',
] as const;
export type WeakReason = (typeof WEAK_REASONS)[number];

function isWeakReason(value: string): value is WeakReason {
  return (WEAK_REASONS as readonly string[]).includes(value);
}

/** Parses the `reasons` column; an unknown word is an error, not silently dropped. */
export function parseReasons(text: string | null): WeakReason[] {
  if (!text) return [];
  return text.split(',').map((word) => {
    if (!isWeakReason(word)) throw new Error(`Unknown weak-point reason: ${word}`);
    return word;
  });
}
