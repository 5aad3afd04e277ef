import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { componentDef, type IndexCode } from '@/domain/catalogue';
import type { WeakCriteria, WeakRow } from '@/sql/weak-components';
import { PRIORITY_HEADER, priorityRows } from '../model/export-rows';
import { describeWeakRow } from '../model/reason-text';
import type { ListFilter } from '../model/url-state';
import { exportPriorityCsv, exportPriorityXlsx } from './export-files';
import { PriorityFiltersForm } from './priority-filters-form';
import { PriorityTable } from './priority-table';
import type { Labels } from './use-labels';

interface PrioritySectionProps {
  readonly index: IndexCode;
  readonly year: number;
  readonly rows: readonly WeakRow[];
  readonly criteria: WeakCriteria;
  readonly levels: readonly string[];
  readonly blocks: readonly string[];
  readonly level: ListFilter;
  readonly block: ListFilter;
  readonly onFilter: (changes: { listLevel?: ListFilter; listBlock?: ListFilter }) => void;
  readonly labels: Labels;
}

/** Every flagged (unit, component) with its reason, filterable, exportable for the follow-up table. */
export function PrioritySection(props: PrioritySectionProps) {
  const { index, year, rows, criteria, labels } = props;
  const { t, i18n } = useTranslation('weak');
  const id = useId();
  const [failure, setFailure] = useState<string | null>(null);
  // Built on demand: wording every row of a long list on each answer would delay drawing it for a file
  // that is rarely asked for. The file is Vietnamese whatever the screen language: it goes into the
  // secretariat's records.
  const exportRows = () => {
    const tVi = i18n.getFixedT('vi', 'weak');
    const tViCommon = i18n.getFixedT('vi');
    return priorityRows(rows, {
      level: (code) => tViCommon(`level.${code}`, { defaultValue: code }),
      block: (code) => tViCommon(`block.${code}`, { defaultValue: code }),
      component: (code) => componentDef(index, code)?.name.vi ?? code,
      reason: (row) => describeWeakRow(row, criteria, 'vi', tVi),
    });
  };
  const fileName = `${t('list.fileName')}-${index.toLowerCase()}-${year}`;
  const xlsx = () => {
    setFailure(null);
    exportPriorityXlsx(fileName, 'Danh sách ưu tiên', PRIORITY_HEADER, exportRows()).catch((error: unknown) =>
      setFailure(error instanceof Error ? error.message : String(error)),
    );
  };
  return (
    <section className="weak-section panel" aria-labelledby={id}>
      <h2 id={id} className="weak-heading">
        {t('list.title')}
      </h2>
      <p className="chart-summary">{t('list.summary', { count: rows.length })}</p>
      <div className="weak-list-tools">
        <PriorityFiltersForm {...props} />
        <div className="chart-actions">
          <button
            type="button"
            onClick={() => exportPriorityCsv(fileName, PRIORITY_HEADER, exportRows())}
            disabled={rows.length === 0}
          >
            {t('list.csv')}
          </button>
          <button type="button" onClick={xlsx} disabled={rows.length === 0}>
            {t('list.xlsx')}
          </button>
        </div>
      </div>
      {failure && (
        <p role="alert" className="error">
          {t('list.exportFailed', { message: failure })}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="notice notice-ok">{t('list.empty')}</p>
      ) : (
        <PriorityTable rows={rows} criteria={criteria} labels={labels} caption={t('list.title')} />
      )}
    </section>
  );
}
