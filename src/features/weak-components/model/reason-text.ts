import type { Lang } from '@/domain/catalogue';
import { parseReasons } from '@/domain/weak/reasons';
import { formatInteger, formatPercent, formatScore, MISSING } from '@/i18n/format';
import type { WeakCriteria, WeakRow } from '@/sql/weak-components';

/** i18next's `t` narrowed to what the wording needs, so tests can pass a fixed-language one. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The clauses that say why a row is flagged, each with the numbers behind it (lower-case starts). */
export function reasonClauses(row: WeakRow, criteria: WeakCriteria, lang: Lang, t: Translate): string[] {
  const clauses: string[] = [];
  const score = (value: number | null) => formatScore(value, lang);
  for (const reason of parseReasons(row.reasons)) {
    if (reason === 'low_pct') {
      clauses.push(
        t('reason.lowPct', {
          pct: formatPercent(row.pct_of_max, lang, 1),
          threshold: formatPercent(criteria.lowThreshold, lang, 2, 'quoted'),
        }),
      );
    } else if (reason === 'low_median') {
      const gap =
        row.score !== null && row.median_score !== null ? Math.abs(row.median_score - row.score) : null;
      // A gap that rounds to 0,00 would read as "not below": show the digits that make it below.
      const digits = gap !== null && gap > 0 && gap < 0.005 ? 4 : 2;
      clauses.push(
        t('reason.lowMedian', { gap: formatScore(gap, lang, digits), median: score(row.median_score) }),
      );
    } else if (reason === 'low_quartile') {
      clauses.push(t('reason.lowQuartile', { q1: score(row.q1_score) }));
    } else if (reason === 'falling_score') {
      // The verb says "down": the amount is the magnitude, never a second minus sign.
      const values = {
        change: score(row.score_change === null ? null : Math.abs(row.score_change)),
        year: row.previous_year ?? MISSING,
        count: row.falling_streak,
      };
      clauses.push(t(row.falling_streak >= 2 ? 'reason.fallingStreak' : 'reason.fallingScore', values));
    } else if (row.rank !== null && row.rank_change !== null) {
      clauses.push(
        t('reason.fallingRank', {
          places: formatInteger(-row.rank_change, lang),
          from: formatInteger(row.rank + row.rank_change, lang),
          to: formatInteger(row.rank, lang),
          peers: formatInteger(row.peer_count, lang),
        }),
      );
    }
  }
  return clauses;
}

/** Notes about the comparison itself: a break (no "falling" across it) or a missing previous year. */
export function comparisonNotes(row: WeakRow, t: Translate): string[] {
  if (row.previous_year === null) return [t('note.noPrevious')];
  if (row.comparable === false) {
    return [
      t('note.notComparable', {
        year: row.previous_year,
        why: t(`note.why.${row.not_comparable_reason ?? 'method'}`),
      }),
    ];
  }
  if (row.previous_year !== row.year - 1) {
    return [t('note.gap', { missing: row.year - 1, year: row.previous_year })];
  }
  return [];
}

/**
 * One sentence with the evidence, e.g. "Thấp hơn trung vị 0,42 điểm; giảm 2 năm liên tiếp
 * (-0,18 điểm so với 2023)". Empty when the row is not flagged and the comparison needs no note.
 */
export function describeWeakRow(row: WeakRow, criteria: WeakCriteria, lang: Lang, t: Translate): string {
  const text = [...reasonClauses(row, criteria, lang, t), ...comparisonNotes(row, t)].join('; ');
  return capitalise(text);
}
