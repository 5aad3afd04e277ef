import { type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CsvCell, downloadBlob, downloadCsv, safeFileName } from '@/lib/csv-export';
import { mainChartSvg, svgToPngBlob } from '@/lib/png-export';

export interface ChartTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
  /** The same rows as shown on screen (vi-VN numbers); the CSV keeps raw numbers. */
  readonly displayRows: readonly (readonly string[])[];
}

export interface ChartFrameProps {
  readonly title: string;
  /** One sentence a screen reader hears instead of the picture. */
  readonly summary: string;
  readonly table: ChartTable;
  readonly footnote: ReactNode;
  readonly children: ReactNode;
  readonly headingLevel?: 2 | 3;
}

/** Every chart comes with its numbers: a data table (the text alternative), CSV and PNG export. */
export function ChartFrame({ title, summary, table, footnote, children, headingLevel = 3 }: ChartFrameProps) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const figureRef = useRef<HTMLDivElement>(null);
  const footnoteRef = useRef<HTMLParagraphElement>(null);
  const tableId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const exportPng = async () => {
    const svg = figureRef.current ? mainChartSvg(figureRef.current) : null;
    if (!svg) return;
    const source = footnoteRef.current?.textContent?.trim() ?? '';
    downloadBlob(await svgToPngBlob(svg, { title, source }), safeFileName(title, 'png'));
  };

  return (
    <figure className="chart-frame">
      <figcaption>
        <Heading className="chart-title">{title}</Heading>
        <p className="chart-summary">{summary}</p>
      </figcaption>
      <div ref={figureRef} className="chart-body" role="img" aria-label={`${title}. ${summary}`}>
        {children}
      </div>
      <div className="chart-actions">
        <button
          type="button"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable(!showTable)}
        >
          {showTable ? t('hideDataTable') : t('dataTable')}
        </button>
        <button
          type="button"
          onClick={() => downloadCsv(safeFileName(title, 'csv'), table.header, table.rows)}
        >
          {t('chart.exportCsv')}
        </button>
        <button type="button" onClick={() => void exportPng()}>
          {t('chart.exportPng')}
        </button>
      </div>
      <div id={tableId} hidden={!showTable}>
        {showTable && (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {table.header.map((cell) => (
                    <th key={cell} scope="col">
                      {cell}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.displayRows.map((row, position) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their order
                  <tr key={position}>
                    {row.map((cell, column) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                      <td key={column}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <p ref={footnoteRef} className="chart-footnote">
        {footnote}
      </p>
    </figure>
  );
}
