import type { Lang } from '@/domain/catalogue';
import { formatDelta, formatInteger, formatPercent, formatScore } from '@/i18n/format';
import type { HeatmapCell } from '@/sql/heatmap';
import type { Translate } from './reason-text';
import type { ColourMode } from './url-state';

/**
 * The number printed in a heatmap cell: the very value its colour encodes, so colour is never the
 * only channel. '—' = no figure; a short mark for "not published" and "not comparable" (the legend
 * spells them out); '' for a component that does not apply to the unit (absent, never 0).
 */
export function cellText(cell: HeatmapCell | null, mode: ColourMode, lang: Lang, t: Translate): string {
  if (cell === null) return '';
  if (cell.status === 'not_published') return t('cell.notPublished');
  if (mode === 'pct') return formatScore(cell.pct_of_max, lang, 1);
  if (mode === 'rank') return formatInteger(cell.rank, lang);
  if (cell.comparable === false) return t('cell.notComparable');
  return formatDelta(cell.score_change, lang);
}

/** Everything about the cell in words, for its accessible name and tooltip. `integer` may be memoised. */
export function cellDetail(
  cell: HeatmapCell,
  lang: Lang,
  t: Translate,
  tCommon: Translate,
  integer: (value: number | null, lang: Lang) => string = formatInteger,
): string {
  const change =
    cell.comparable === false
      ? tCommon('notComparable')
      : cell.status === 'not_published'
        ? tCommon('notPublished')
        : formatDelta(cell.score_change, lang);
  return t('heatmap.cellDetail', {
    score: formatScore(cell.score, lang),
    pct: formatPercent(cell.pct_of_max, lang, 1),
    rank: integer(cell.rank, lang),
    peers: integer(cell.peer_count, lang),
    change,
  });
}
