import { useTranslation } from 'react-i18next';
import { INDEX_CODES, indexDef, type Lang } from '@/domain/catalogue';
import { formatInteger } from '@/i18n/format';
import type { CoverageCell } from '../api/use-datasets';

/** Index × year: how many units have a score; an empty cell is a year with no data at all. */
export function CoverageGrid({ cells }: { cells: readonly CoverageCell[] }) {
  const { t, i18n } = useTranslation('dataScreen');
  const lang = i18n.language as Lang;
  const years = [...new Set(cells.map((cell) => cell.year))].sort((a, b) => a - b);
  const byKey = new Map(cells.map((cell) => [`${cell.index}:${cell.year}`, cell]));
  return (
    <div className="table-scroll">
      <table className="data-table coverage-grid">
        <caption>{t('coverageCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.index')}</th>
            {years.map((year) => (
              <th key={year} scope="col">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {INDEX_CODES.map((index) => (
            <tr key={index}>
              <th scope="row">{indexDef(index).short[lang]}</th>
              {years.map((year) => {
                const cell = byKey.get(`${index}:${year}`);
                return (
                  <td
                    key={year}
                    className={
                      cell ? (cell.kinds.includes('published') ? 'cov-published' : 'cov-other') : 'cov-none'
                    }
                  >
                    {cell ? formatInteger(cell.unitsWithScore, lang) : ''}
                    {cell?.kinds.includes('sample') && (
                      <span className="visually-hidden"> ({t('sampleShort')})</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
