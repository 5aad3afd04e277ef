import type { WeakScreenRow } from '@/sql/weak-extra';

/** The combined answer split into what each part of the screen draws. */
export interface ScreenParts {
  /** Heatmap cells, in heatmap order (unit, then catalogue order). */
  readonly cells: readonly WeakScreenRow[];
  /** Priority list lines, pct points lost first. */
  readonly list: readonly WeakScreenRow[];
  /** Each unit of the peer group's components, points lost first. */
  readonly byUnit: ReadonlyMap<string, readonly WeakScreenRow[]>;
}

const byListOrder = (a: WeakScreenRow, b: WeakScreenRow) => a.list_order - b.list_order;
const byUnitOrder = (a: WeakScreenRow, b: WeakScreenRow) => a.unit_order - b.unit_order;

/** One pass over the rows; the orders were computed by SQL, so JS never compares codes or names. */
export function splitScreen(rows: readonly WeakScreenRow[]): ScreenParts {
  const cells: WeakScreenRow[] = [];
  const list: WeakScreenRow[] = [];
  const byUnit = new Map<string, WeakScreenRow[]>();
  for (const row of rows) {
    if (row.in_list) list.push(row);
    if (!row.in_group) continue;
    cells.push(row);
    const own = byUnit.get(row.unit_code);
    if (own) own.push(row);
    else byUnit.set(row.unit_code, [row]);
  }
  for (const own of byUnit.values()) own.sort(byUnitOrder);
  return { cells, list: list.sort(byListOrder), byUnit };
}
