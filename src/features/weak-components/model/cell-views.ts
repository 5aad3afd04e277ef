import type { IndexCode, Lang } from '@/domain/catalogue';
import { formatInteger } from '@/i18n/format';
import { formatHash } from '@/lib/hash-route';
import { type CellWords, cellDetail, cellText, cellTitle } from './cell-text';
import type { CellPaint } from './colour-scale';
import type { ColourScale, HeatmapGrid } from './heatmap-grid';
import type { ColourMode } from './url-state';

/** Everything one heatmap cell draws, as ready strings: the table only places them. */
export interface CellView {
  readonly text: string;
  /** Accessible name; starts with the visible text (WCAG 2.5.3, label in name). */
  readonly label: string;
  /** Tooltip: the label without the repeated visible text. */
  readonly title: string;
  readonly href: string;
  readonly paint: CellPaint | null;
}

export interface CellViewContext {
  readonly index: IndexCode;
  readonly mode: ColourMode;
  readonly scale: ColourScale;
  readonly lang: Lang;
  readonly component: (code: string) => string;
  /** Resolved once per render (`cellWords`): 567 cells place them. */
  readonly words: CellWords;
}

/**
 * Cell views aligned with each grid row's cells (null where the unit has no such component). Built once
 * per answer and colour mode, not per render: sorting rows or columns only reorders them.
 */
export function buildCellViews(grid: HeatmapGrid, ctx: CellViewContext): Map<string, (CellView | null)[]> {
  const { index, mode, scale, lang, words } = ctx;
  const names = grid.columns.map((column) => ctx.component(column.code));
  // Ranks and peer counts repeat across cells (1..63): format each once.
  const integers = new Map<number | null, string>();
  const integer = (value: number | null) => {
    let text = integers.get(value);
    if (text === undefined) {
      text = formatInteger(value, lang);
      integers.set(value, text);
    }
    return text;
  };
  // `formatHash` with the four parameters, built from per-row and per-column parts: the same text
  // (URLSearchParams joins its pairs with '&' in insertion order) without encoding 567 whole URLs.
  const columnParams = grid.columns.map((column) =>
    new URLSearchParams({ component: column.code }).toString(),
  );
  const langParam = new URLSearchParams({ lang }).toString();
  const views = new Map<string, (CellView | null)[]>();
  for (const row of grid.rows) {
    const rowHash = formatHash('/trends', { index, unit: row.code });
    views.set(
      row.code,
      row.cells.map((cell, at) => {
        const column = grid.columns[at];
        if (cell === null || column === undefined) return null;
        const text = cellText(cell, mode, lang, words);
        const title = cellTitle(
          row.name,
          names[at] ?? column.code,
          cellDetail(cell, lang, words, integer),
          words,
        );
        return {
          text,
          label: `${text} — ${title}`,
          title,
          href: `${rowHash}&${columnParams[at] ?? ''}&${langParam}`,
          paint: scale.paint(cell, column.higherIsBetter),
        };
      }),
    );
  }
  return views;
}
