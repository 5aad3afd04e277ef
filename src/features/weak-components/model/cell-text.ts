import type { Lang } from '@/domain/catalogue';
import { formatDelta, formatInteger, formatPercent, formatScore } from '@/i18n/format';
import type { HeatmapCell } from '@/sql/heatmap';
import type { Translate } from './reason-text';
import type { ColourMode } from './url-state';

/**
 * The words of a heatmap cell, resolved once per render with `t`: 567 cells then only place them
 * beside their numbers (a `t` call per cell cost more than the whole redraw's budget).
 */
export interface CellWords {
  readonly points: string;
  readonly pctOfMax: string;
  readonly rank: string;
  readonly change: string;
  readonly open: string;
  /** The short marks a cell shows instead of a number (the legend spells them out). */
  readonly notPublishedMark: string;
  readonly notComparableMark: string;
  readonly notPublished: string;
  readonly notComparable: string;
}

/** `t` of the `weak` namespace and `tCommon` of the common one. */
export function cellWords(t: Translate, tCommon: Translate): CellWords {
  return {
    points: t('heatmap.cellWords.points'),
    pctOfMax: t('heatmap.cellWords.pctOfMax'),
    rank: t('heatmap.cellWords.rank'),
    change: t('heatmap.cellWords.change'),
    open: t('heatmap.cellWords.open'),
    notPublishedMark: t('cell.notPublished'),
    notComparableMark: t('cell.notComparable'),
    notPublished: tCommon('notPublished'),
    notComparable: tCommon('notComparable'),
  };
}

/**
 * The number printed in a heatmap cell: the very value its colour encodes, so colour is never the
 * only channel. '—' = no figure; a short mark for "not published" and "not comparable" (the legend
 * spells them out); '' for a component that does not apply to the unit (absent, never 0).
 */
export function cellText(cell: HeatmapCell | null, mode: ColourMode, lang: Lang, words: CellWords): string {
  if (cell === null) return '';
  if (cell.status === 'not_published') return words.notPublishedMark;
  if (mode === 'pct') return formatScore(cell.pct_of_max, lang, 1);
  if (mode === 'rank') return formatInteger(cell.rank, lang);
  if (cell.comparable === false) return words.notComparableMark;
  return formatDelta(cell.score_change, lang);
}

/**
 * Everything about the cell in words, for its accessible name and tooltip: "45,55 điểm (56,9 % tối
 * đa), hạng 6/63, thay đổi +0,12". Vietnamese and English put these parts in the same order, so the
 * order lives here and only the words are messages. `integer` may be memoised.
 */
export function cellDetail(
  cell: HeatmapCell,
  lang: Lang,
  words: CellWords,
  integer: (value: number | null, lang: Lang) => string = formatInteger,
): string {
  const change =
    cell.comparable === false
      ? words.notComparable
      : cell.status === 'not_published'
        ? words.notPublished
        : formatDelta(cell.score_change, lang);
  const score = `${formatScore(cell.score, lang)} ${words.points} (${formatPercent(cell.pct_of_max, lang, 1)} ${words.pctOfMax})`;
  const rank = `${words.rank} ${integer(cell.rank, lang)}/${integer(cell.peer_count, lang)}`;
  return `${score}, ${rank}, ${words.change} ${change}`;
}

/** The cell's tooltip: unit, component, its detail and where the link goes. */
export function cellTitle(unit: string, component: string, detail: string, words: CellWords): string {
  return `${unit}, ${component}: ${detail}. ${words.open}`;
}
