import { useTranslation } from 'react-i18next';
import type { Lang } from '@/domain/catalogue';
import { formatInteger } from '@/i18n/format';
import type { ImportIssue } from '@/ingest/types';
import type { ImportOutcome } from '../api/use-import-file';
import { IssueList } from './issue-list';

/** Success is a status, rejection an alert; both name the file, and every problem its line and column. */
export function ImportReport({ outcome, onDismiss }: { outcome: ImportOutcome; onDismiss: () => void }) {
  const { t, i18n } = useTranslation('import');
  const lang = i18n.language as Lang;
  if (outcome.cancelled) {
    return (
      <div role="status" className="notice import-report">
        <p>{t('cancelled', { file: outcome.fileName })}</p>
        <button type="button" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </div>
    );
  }
  const { result, fileName } = outcome;
  if (result.ok) {
    return (
      <div role="status" className="notice notice-ok import-report">
        <p>
          <strong>
            {t('accepted', {
              file: fileName,
              rows: formatInteger(result.rowCount, lang),
              indices: result.indices.join(', '),
              years: yearsText(result.years),
            })}
          </strong>
        </p>
        {result.skippedDuplicateRows > 0 && (
          <p>
            {t('skippedDuplicates', {
              count: result.skippedDuplicateRows,
              rows: formatInteger(result.skippedDuplicateRows, lang),
            })}
          </p>
        )}
        {!outcome.persisted && <p>{t('notPersisted')}</p>}
        <Warnings warnings={result.warnings} />
        <button type="button" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </div>
    );
  }
  return (
    <div role="alert" className="notice notice-error import-report">
      <p>
        <strong>{t('rejected', { file: fileName })}</strong> {t('nothingChanged')}
      </p>
      <IssueList issues={result.errors} total={result.errorCount} />
      <Warnings warnings={result.warnings} />
      <button type="button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}

function Warnings({ warnings }: { warnings: readonly ImportIssue[] }) {
  const { t } = useTranslation('import');
  if (warnings.length === 0) return null;
  return (
    <details>
      <summary>{t('warningsHeading', { count: warnings.length })}</summary>
      <IssueList issues={warnings} total={warnings.length} />
    </details>
  );
}

function yearsText(years: readonly number[]): string {
  if (years.length === 0) return '—';
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}
