import { type IndexCode, indexDef } from '@/domain/catalogue';
import type { HeatmapCell } from '@/sql/heatmap';
import { type CellPaint, paintDiverging, paintSequential } from './colour-scale';
import type { ColourMode } from './url-state';

export interface GridColumn {
  readonly code: string;
  readonly higherIsBetter: boolean;
}
export interface GridRow {
  readonly code: string;
  readonly name: string;
  /** Aligned with the grid's columns; null where the unit has no such component (absent, not 0). */
  readonly cells: readonly (HeatmapCell | null)[];
}
export interface HeatmapGrid {
  readonly columns: readonly GridColumn[];
  readonly rows: readonly GridRow[];
}

/** Units × components in catalogue order; components the catalogue does not know come last. */
export function buildGrid(cells: readonly HeatmapCell[], index: IndexCode): HeatmapGrid {
  const catalogue = indexDef(index).components;
  const present = new Set(cells.map((cell) => cell.component_code));
  const known = catalogue
    .filter((def) => present.has(def.code))
    .map((def) => ({ code: def.code, higherIsBetter: def.higherIsBetter }));
  const extra = [...present].filter((code) => !catalogue.some((def) => def.code === code)).sort();
  const columns = [...known, ...extra.map((code) => ({ code, higherIsBetter: true }))];
  const position = new Map(columns.map((column, at) => [column.code, at]));
  const rows = new Map<string, { code: string; name: string; cells: (HeatmapCell | null)[] }>();
  for (const cell of cells) {
    let row = rows.get(cell.unit_code);
    if (!row) {
      row = { code: cell.unit_code, name: cell.unit_name, cells: columns.map(() => null) };
      rows.set(cell.unit_code, row);
    }
    const at = position.get(cell.component_code);
    if (at !== undefined) row.cells[at] = cell;
  }
  return { columns, rows: [...rows.values()] };
}

/**
 * How good a cell is under a colour mode, higher = better whatever the component's direction:
 * % of max (100 − % when lower is better), rank as a share of the peers behind it (1 = first), or the
 * change from the previous comparable year. Null when the cell has no such number.
 */
export function goodness(cell: HeatmapCell | null, mode: ColourMode, higherIsBetter: boolean): number | null {
  if (cell === null) return null;
  if (mode === 'pct') {
    if (cell.pct_of_max === null) return null;
    return higherIsBetter ? cell.pct_of_max : 100 - cell.pct_of_max;
  }
  if (mode === 'rank') {
    if (cell.rank === null) return null;
    return cell.peer_count > 1 ? 1 - (cell.rank - 1) / (cell.peer_count - 1) : 1;
  }
  if (cell.score_change === null || cell.comparable !== true) return null;
  return higherIsBetter ? cell.score_change : -cell.score_change;
}

export interface ColourScale {
  readonly mode: ColourMode;
  /** Ends of the legend in the mode's own unit (% of max, rank share, points of change). */
  readonly min: number;
  readonly max: number;
  paint(cell: HeatmapCell | null, higherIsBetter: boolean): CellPaint | null;
}

/**
 * % of max spans the range seen in the view (so differences among close peers show); ranks span 1..N;
 * changes are symmetric around 0 so that orange always means "fell" and blue "rose".
 */
export function colourScale(grid: HeatmapGrid, mode: ColourMode): ColourScale {
  const values: number[] = [];
  for (const row of grid.rows) {
    row.cells.forEach((cell, at) => {
      const value = goodness(cell, mode, grid.columns[at]?.higherIsBetter ?? true);
      if (value !== null) values.push(value);
    });
  }
  if (mode === 'rank') {
    return { mode, min: 0, max: 1, paint: (cell, hib) => paintSequential(goodness(cell, mode, hib)) };
  }
  if (mode === 'change') {
    const extent = Math.max(0, ...values.map(Math.abs));
    return {
      mode,
      min: -extent,
      max: extent,
      paint: (cell, hib) => {
        const value = goodness(cell, mode, hib);
        return paintDiverging(value === null ? null : extent === 0 ? 0 : value / extent);
      },
    };
  }
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 100;
  return {
    mode,
    min,
    max,
    paint: (cell, hib) => {
      const value = goodness(cell, mode, hib);
      return paintSequential(value === null ? null : max === min ? 0.5 : (value - min) / (max - min));
    },
  };
}

export type SortDirection = 'asc' | 'desc';
/** Rows by name (Vietnamese collation), or by one column's goodness (asc = weakest first). */
export type RowSort =
  | { readonly by: 'name'; readonly dir: SortDirection }
  | { readonly by: 'column'; readonly code: string; readonly dir: SortDirection };
/** Columns in the catalogue's order, or weakest first by the median goodness of the column. */
export type ColumnOrder = 'catalogue' | 'weakest';

/** Sorted copy of the rows; a unit without the sorted number always goes last, whatever the direction. */
export function sortRows(
  grid: HeatmapGrid,
  sort: RowSort,
  mode: ColourMode,
  compareNames: (a: string, b: string) => number,
): GridRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  if (sort.by === 'name') return [...grid.rows].sort((a, b) => sign * compareNames(a.name, b.name));
  const at = grid.columns.findIndex((column) => column.code === sort.code);
  const hib = grid.columns[at]?.higherIsBetter ?? true;
  const key = (row: GridRow) => goodness(row.cells[at] ?? null, mode, hib);
  return [...grid.rows].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    if (ka === null || kb === null) return ka === kb ? compareNames(a.name, b.name) : ka === null ? 1 : -1;
    return sign * (ka - kb) || compareNames(a.name, b.name);
  });
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Column positions in display order; TOTAL stays first, being the sum or mean of the others. */
export function orderColumns(grid: HeatmapGrid, order: ColumnOrder, mode: ColourMode): number[] {
  const positions = grid.columns.map((_, at) => at);
  if (order === 'catalogue') return positions;
  const medians = grid.columns.map((column, at) =>
    median(
      grid.rows
        .map((row) => goodness(row.cells[at] ?? null, mode, column.higherIsBetter))
        .filter((v): v is number => v !== null),
    ),
  );
  const rankOf = (at: number) =>
    grid.columns[at]?.code === 'TOTAL' ? Number.NEGATIVE_INFINITY : (medians[at] ?? Number.POSITIVE_INFINITY);
  return positions.sort((a, b) => rankOf(a) - rankOf(b) || a - b);
}
