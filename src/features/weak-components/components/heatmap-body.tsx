import { memo } from 'react';
import type { CellView } from '../model/cell-views';
import type { GridColumn, GridRow } from '../model/heatmap-grid';

export type CellViews = ReadonlyMap<string, readonly (CellView | null)[]>;

interface HeatmapBodyProps {
  readonly columns: readonly GridColumn[];
  readonly order: readonly number[];
  readonly rows: readonly GridRow[];
  readonly views: CellViews;
  readonly homeUnit: string | null;
}

/** The cells, from strings prepared once per answer (`buildCellViews`): rendering only places them. */
export const HeatmapBody = memo(function HeatmapBody({
  columns,
  order,
  rows,
  views,
  homeUnit,
}: HeatmapBodyProps) {
  return (
    <tbody>
      {rows.map((row) => {
        const cells = views.get(row.code);
        return (
          <tr key={row.code} className={row.code === homeUnit ? 'is-home' : undefined}>
            <th scope="row">{row.name}</th>
            {order.map((at) => {
              const code = columns[at]?.code ?? String(at);
              const view = cells?.[at] ?? null;
              if (view === null) return <td key={code} className="heatmap-absent" />;
              return (
                <td
                  key={code}
                  className={view.paint ? undefined : 'heatmap-blank'}
                  style={view.paint ?? undefined}
                >
                  <a href={view.href} aria-label={view.label} title={view.title}>
                    {view.text}
                  </a>
                </td>
              );
            })}
          </tr>
        );
      })}
    </tbody>
  );
});
