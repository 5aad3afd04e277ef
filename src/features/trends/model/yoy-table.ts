import type { Lang } from '@/domain/catalogue';
import { type ChangeDirection, changeDirection } from '@/domain/trends/change-direction';
import { formatDelta, formatInteger, formatPercent, formatScore, MISSING } from '@/i18n/format';
import type { SeriesRow } from '@/sql/series';
import type { YoyRow } from '@/sql/yoy-deltas';

/** What a change cell says: a signed number with its direction, or why there is none. */
export interface ChangeCell {
  readonly text: string;
  readonly direction: ChangeDirection | null;
  readonly state: 'value' | 'not_comparable' | 'none';
}

export interface YoyTableRow {
  readonly component: string;
  readonly year: number;
  readonly score: number | null;
  readonly scoreText: string;
  readonly change: ChangeCell;
  readonly pct: ChangeCell;
  readonly rankText: string;
  readonly rankChange: ChangeCell;
  /** Set when the year has no score: "chưa công bố" (PCI top-30 years) or "no data". */
  readonly gap: 'not_published' | 'missing' | null;
}

export interface YoyTexts {
  readonly notComparable: string;
  readonly notPublished: string;
  readonly noData: string;
  readonly rankOf: (rank: string, peers: string) => string;
  readonly rankChange: (places: number) => string;
}

const NONE: ChangeCell = { text: MISSING, direction: null, state: 'none' };

function cell(
  value: number | null,
  comparable: boolean | null,
  text: (value: number) => string,
  texts: YoyTexts,
): ChangeCell {
  if (comparable === false) return { text: texts.notComparable, direction: null, state: 'not_comparable' };
  if (value === null) return NONE;
  return { text: text(value), direction: changeDirection(value), state: 'value' };
}

/**
 * One row per component and year of the range for one unit. The series grid gives every year (so a
 * not-published PCI year says so in words); the yoy rows give the changes, which stay empty across a
 * gap year and read "không so sánh được" across a methodology break or a merger.
 */
export function yoyTableRows(
  grid: readonly SeriesRow[],
  yoy: readonly YoyRow[],
  unit: string,
  components: readonly string[],
  lang: Lang,
  texts: YoyTexts,
): YoyTableRow[] {
  const changes = new Map(
    yoy
      .filter((point) => point.unit_code === unit)
      .map((point) => [`${point.component_code}|${point.year}`, point]),
  );
  const rows: YoyTableRow[] = [];
  for (const component of components) {
    for (const point of grid) {
      if (point.unit_code !== unit || point.component_code !== component) continue;
      const change = changes.get(`${component}|${point.year}`);
      const rank = change?.rank ?? point.rank;
      const peers = change?.peer_count ?? point.peer_count;
      const gap = point.status === 'not_published' || point.status === 'missing' ? point.status : null;
      rows.push({
        component,
        year: point.year,
        score: point.score,
        scoreText:
          point.score !== null
            ? formatScore(point.score, lang)
            : gap === 'not_published'
              ? texts.notPublished
              : texts.noData,
        change: change
          ? cell(change.score_change, change.comparable, (v) => formatDelta(v, lang), texts)
          : NONE,
        pct: change
          ? cell(change.pct_change, change.comparable, (v) => formatPercent(v, lang, 2, 'signed'), texts)
          : NONE,
        rankText:
          rank === null
            ? MISSING
            : texts.rankOf(formatInteger(rank, lang), peers === null ? '?' : formatInteger(peers, lang)),
        rankChange: change ? cell(change.rank_change, change.rank_comparable, texts.rankChange, texts) : NONE,
        gap,
      });
    }
  }
  return rows;
}
