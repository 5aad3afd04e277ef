import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexCode } from '@/domain/catalogue';
import { collator } from '@/i18n/format';
import { downloadCsv, safeFileName } from '@/lib/csv-export';
import type { HeatmapCell } from '@/sql/heatmap';
import { cellWords } from '../model/cell-text';
import { buildCellViews } from '../model/cell-views';
import { HEATMAP_HEADER, heatmapRows } from '../model/heatmap-export';
import {
  buildGrid,
  type ColumnOrder,
  colourScale,
  orderColumns,
  type RowSort,
  sortRows,
} from '../model/heatmap-grid';
import type { ColourMode } from '../model/url-state';
import { HeatmapLegend } from './heatmap-legend';
import { HeatmapTable } from './heatmap-table';
import type { Labels } from './use-labels';

const MODES: readonly ColourMode[] = ['pct', 'rank', 'change'];

interface HeatmapSectionProps {
  readonly index: IndexCode;
  readonly title: string;
  readonly cells: readonly HeatmapCell[];
  readonly mode: ColourMode;
  readonly onMode: (mode: ColourMode) => void;
  readonly homeUnit: string | null;
  readonly labels: Labels;
}

/** Units × components, with the colour switch, legend, sorting and CSV of the numbers shown. */
export function HeatmapSection({ index, title, cells, mode, onMode, homeUnit, labels }: HeatmapSectionProps) {
  const { t } = useTranslation('weak');
  const { t: tCommon } = useTranslation();
  const id = useId();
  const [sort, setSort] = useState<RowSort>({ by: 'name', dir: 'asc' });
  const [columnOrder, setColumnOrder] = useState<ColumnOrder>('catalogue');
  const grid = useMemo(() => buildGrid(cells, index), [cells, index]);
  const scale = useMemo(() => colourScale(grid, mode), [grid, mode]);
  const compare = collator(labels.lang).compare;
  const rows = useMemo(() => sortRows(grid, sort, mode, compare), [grid, sort, mode, compare]);
  const order = useMemo(() => orderColumns(grid, columnOrder, mode), [grid, columnOrder, mode]);
  // The words once per language (i18next hands out new `t`s on a change of language), not per cell.
  const words = useMemo(() => cellWords(t, tCommon), [t, tCommon]);
  const views = useMemo(
    () =>
      buildCellViews(grid, {
        index,
        mode,
        scale,
        lang: labels.lang,
        component: labels.component,
        words,
      }),
    [grid, index, mode, scale, labels, words],
  );
  const peers = Math.max(0, ...cells.map((cell) => cell.peer_count));
  const exportCsv = () =>
    downloadCsv(
      safeFileName(`${t('heatmap.csvTitle')} ${title}`, 'csv'),
      HEATMAP_HEADER,
      heatmapRows(cells, labels, {
        notPublished: tCommon('notPublished'),
        notComparable: tCommon('notComparable'),
      }),
    );
  return (
    <section className="weak-section chart-frame" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="chart-title weak-heading">
        {title}
      </h2>
      <p className="chart-summary">
        {t('heatmap.summary', {
          units: grid.rows.length,
          components: grid.columns.length,
          mode: t(`heatmap.mode.${mode}`),
        })}
      </p>
      <div className="heatmap-tools">
        <fieldset className="weak-switch">
          <legend>{t('heatmap.colour')}</legend>
          {MODES.map((candidate) => (
            <label key={candidate}>
              <input
                type="radio"
                name={`${id}-mode`}
                value={candidate}
                checked={mode === candidate}
                onChange={() => onMode(candidate)}
              />
              {t(`heatmap.mode.${candidate}`)}
            </label>
          ))}
        </fieldset>
        <label className="weak-field">
          {t('heatmap.columns')}
          <select
            value={columnOrder}
            onChange={(event) => setColumnOrder(event.target.value === 'weakest' ? 'weakest' : 'catalogue')}
          >
            <option value="catalogue">{t('heatmap.columnOrder.catalogue')}</option>
            <option value="weakest">{t('heatmap.columnOrder.weakest')}</option>
          </select>
        </label>
        <HeatmapLegend scale={scale} peers={peers} labels={labels} />
      </div>
      <div className="heatmap-scroll">
        <HeatmapTable
          title={title}
          columns={grid.columns}
          order={order}
          rows={rows}
          views={views}
          sort={sort}
          onSort={setSort}
          homeUnit={homeUnit}
          labels={labels}
        />
      </div>
      <div className="chart-actions">
        <button type="button" onClick={exportCsv}>
          {tCommon('chart.exportCsv')}
        </button>
      </div>
      <p className="chart-footnote">{t('heatmap.footnote')}</p>
    </section>
  );
}
