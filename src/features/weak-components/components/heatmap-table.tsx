import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn, GridRow, RowSort } from '../model/heatmap-grid';
import { type CellViews, HeatmapBody } from './heatmap-body';
import type { Labels } from './use-labels';

interface HeatmapTableProps {
  readonly title: string;
  readonly columns: readonly GridColumn[];
  readonly order: readonly number[];
  readonly rows: readonly GridRow[];
  readonly views: CellViews;
  readonly sort: RowSort;
  readonly onSort: (sort: RowSort) => void;
  readonly homeUnit: string | null;
  readonly labels: Labels;
}

const ariaSort = (active: boolean, dir: 'asc' | 'desc') =>
  active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined;

/**
 * An HTML table, not a picture: screen readers walk it by row and column, every cell is a link (Tab
 * reaches it; Enter opens that unit's trend for that component), and it draws fast at 63 × 10. The body
 * is its own memo: a new caption or sort arrow does not redraw 567 cells.
 */
export const HeatmapTable = memo(function HeatmapTable(props: HeatmapTableProps) {
  const { title, columns, order, rows, views, sort, onSort, homeUnit, labels } = props;
  const { t } = useTranslation('weak');
  const nextDir = (active: boolean) => (active && sort.dir === 'asc' ? 'desc' : 'asc');
  const byName = sort.by === 'name';
  return (
    <table className="heatmap">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col" aria-sort={ariaSort(byName, sort.dir)}>
            <button
              type="button"
              className="heatmap-sort"
              onClick={() => onSort({ by: 'name', dir: nextDir(byName) })}
            >
              {t('heatmap.unit')}{' '}
              <span aria-hidden="true">{byName ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
            </button>
          </th>
          {order.map((at) => {
            const column = columns[at];
            if (!column) return null;
            const active = sort.by === 'column' && sort.code === column.code;
            const name = labels.component(column.code);
            return (
              <th key={column.code} scope="col" aria-sort={ariaSort(active, sort.dir)}>
                <button
                  type="button"
                  className="heatmap-sort"
                  title={t('heatmap.sortBy', { name })}
                  onClick={() => onSort({ by: 'column', code: column.code, dir: nextDir(active) })}
                >
                  <span className="heatmap-code">
                    {column.code === 'TOTAL' ? t('total') : column.code}{' '}
                    <span aria-hidden="true">{active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
                  </span>
                  {column.code !== 'TOTAL' && <span className="heatmap-name">{name}</span>}
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <HeatmapBody columns={columns} order={order} rows={rows} views={views} homeUnit={homeUnit} />
    </table>
  );
});
