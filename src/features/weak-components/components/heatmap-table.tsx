import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexCode } from '@/domain/catalogue';
import { formatHash } from '@/lib/hash-route';
import { cellDetail, cellText } from '../model/cell-text';
import type { ColourScale, GridColumn, GridRow, RowSort } from '../model/heatmap-grid';
import type { ColourMode } from '../model/url-state';
import type { Labels } from './use-labels';

interface HeatmapTableProps {
  readonly index: IndexCode;
  readonly title: string;
  readonly columns: readonly GridColumn[];
  readonly order: readonly number[];
  readonly rows: readonly GridRow[];
  readonly mode: ColourMode;
  readonly scale: ColourScale;
  readonly sort: RowSort;
  readonly onSort: (sort: RowSort) => void;
  readonly homeUnit: string | null;
  readonly labels: Labels;
}

const ariaSort = (active: boolean, dir: 'asc' | 'desc') =>
  active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined;

/**
 * An HTML table, not a picture: screen readers walk it by row and column, every cell is a link (Tab
 * reaches it; Enter opens that unit's trend for that component), and it draws fast at 63 × 10.
 */
export const HeatmapTable = memo(function HeatmapTable(props: HeatmapTableProps) {
  const { index, title, columns, order, rows, mode, scale, sort, onSort, homeUnit, labels } = props;
  const { t } = useTranslation('weak');
  const { t: tCommon } = useTranslation();
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
      <tbody>
        {rows.map((row) => (
          <tr key={row.code} className={row.code === homeUnit ? 'is-home' : undefined}>
            <th scope="row">{row.name}</th>
            {order.map((at) => {
              const column = columns[at];
              const cell = row.cells[at] ?? null;
              if (!column || cell === null) return <td key={column?.code ?? at} className="heatmap-absent" />;
              const paint = scale.paint(cell, column.higherIsBetter);
              const label = t('heatmap.cellLabel', {
                unit: row.name,
                component: labels.component(column.code),
                detail: cellDetail(cell, labels.lang, t, tCommon),
              });
              const visible = cellText(cell, mode, labels.lang, t);
              const href = formatHash('/trends', {
                index,
                unit: row.code,
                component: column.code,
                lang: labels.lang,
              });
              return (
                <td
                  key={column.code}
                  className={paint ? undefined : 'heatmap-blank'}
                  style={paint ?? undefined}
                >
                  {/* The accessible name starts with the visible text (WCAG 2.5.3, label in name). */}
                  <a href={href} aria-label={`${visible} — ${label}`} title={label}>
                    {visible}
                  </a>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
