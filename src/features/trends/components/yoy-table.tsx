import { memo, useMemo } from 'react';
import { DIRECTION_MARK } from '@/domain/trends/change-direction';
import { rankChangeWords } from '@/i18n/change-words';
import { downloadCsv, safeFileName } from '@/lib/csv-export';
import type { SeriesRow } from '@/sql/series';
import type { YoyRow } from '@/sql/yoy-deltas';
import { type ChangeCell, yoyTableRows } from '../model/yoy-table';
import type { TrendsLabels } from './use-trends-labels';

function Change({ cell }: { cell: ChangeCell }) {
  if (cell.state === 'not_comparable') return <span className="trends-nc">{cell.text}</span>;
  if (cell.direction === null) return <span className="muted">{cell.text}</span>;
  // The mark carries the direction for anyone who cannot tell the colours apart.
  return (
    <span className={cell.direction === 'same' ? undefined : cell.direction}>
      <span aria-hidden="true">{DIRECTION_MARK[cell.direction]} </span>
      {cell.text}
    </span>
  );
}

export interface YoyTableProps {
  readonly labels: TrendsLabels;
  readonly series: readonly SeriesRow[];
  readonly yoy: readonly YoyRow[];
  readonly home: string;
  readonly components: readonly string[];
  readonly footnote: string;
  /** Set when the changes are from a base year rather than from the previous year. */
  readonly baseYear: number | null;
}

/** Score, change, % change, rank and change of rank for each component and year of the home unit. */
export const YoyTable = memo(function YoyTable({
  labels,
  series,
  yoy,
  home,
  components,
  footnote,
  baseYear,
}: YoyTableProps) {
  const { t, lang, unitName, componentLabel } = labels;
  const rows = useMemo(
    () =>
      yoyTableRows(series, yoy, home, components, lang, {
        notComparable: t('notComparable', { ns: 'common' }),
        notPublished: t('notPublished', { ns: 'common' }),
        noData: t('table.noData'),
        rankOf: (rank, peers) => t('table.rankOf', { rank, peers }),
        rankChange: (places) => rankChangeWords(places, (key, values) => t(key, { ...values, ns: 'common' })),
      }),
    [series, yoy, home, components, lang, t],
  );
  const title = t('table.title', { unit: unitName(home) });
  const header = ['component', 'year', 'score', 'change', 'pctChange', 'rank', 'rankChange'].map((key) =>
    key === 'year'
      ? t('year', { ns: 'common' })
      : key === 'change' && baseYear !== null
        ? t('table.changeFrom', { year: baseYear })
        : t(`table.${key}`),
  );
  const exportCsv = () =>
    downloadCsv(
      safeFileName(title, 'csv'),
      header,
      rows.map((row) => [
        componentLabel(row.component),
        row.year,
        row.score,
        row.change.text,
        row.pct.text,
        row.rankText,
        row.rankChange.text,
      ]),
    );
  return (
    <section className="card trends-card" aria-labelledby="trends-yoy-title">
      <h2 id="trends-yoy-title" className="chart-title">
        {title}
      </h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it */}
      <section className="table-scroll trends-yoy-scroll" aria-labelledby="trends-yoy-title" tabIndex={0}>
        <table className="data-table trends-yoy" data-base={baseYear ?? undefined}>
          <thead>
            <tr>
              {header.slice(1).map((cell) => (
                <th key={cell} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          {components.map((component) => (
            <tbody key={component}>
              <tr className="trends-yoy-group">
                <th colSpan={6} scope="rowgroup">
                  {componentLabel(component)}
                </th>
              </tr>
              {rows
                .filter((row) => row.component === component)
                .map((row) => (
                  <tr
                    key={row.year}
                    data-component={component}
                    data-year={row.year}
                    className={row.gap ? 'trends-gap' : undefined}
                  >
                    <th scope="row">{row.year}</th>
                    <td className="trends-score">{row.scoreText}</td>
                    <td>
                      <Change cell={row.change} />
                    </td>
                    <td>
                      <Change cell={row.pct} />
                    </td>
                    <td>{row.rankText}</td>
                    <td>
                      <Change cell={row.rankChange} />
                    </td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </section>
      <div className="chart-actions">
        <button type="button" onClick={exportCsv}>
          {t('chart.exportCsv', { ns: 'common' })}
        </button>
      </div>
      <p className="chart-footnote">
        {baseYear === null ? t('table.footnote') : t('table.baseFootnote', { year: baseYear })} {footnote}
      </p>
    </section>
  );
});
