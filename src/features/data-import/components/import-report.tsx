import { useTranslation } from 'react-i18next';
import type { Lang } from '@/domain/catalogue';
import { formatInteger, MISSING } from '@/i18n/format';
import type { ImportIssue, ImportResult } from '@/ingest/types';
import type { WriteEntry } from '../api/use-import-queue';
import { IssueList } from './issue-list';

/**
 * The report of one finished job. Success is a status, rejection or failure an alert; each names its
 * file (or dataset), and every problem its line and column. It stays until dismissed.
 */
export function ImportReport({ entry, onDismiss }: { entry: WriteEntry; onDismiss: () => void }) {
  const { t } = useTranslation('import');
  const { job, outcome } = entry;
  if (!outcome) return null;
  const name = job.kind === 'import' ? job.file.name : job.label;
  const what = job.kind === 'import' ? 'file' : 'removal';
  const dismiss = (
    <button type="button" onClick={onDismiss}>
      {t('dismiss')}
    </button>
  );
  switch (outcome.type) {
    case 'cancelled':
      return (
        <div role="status" className="notice import-report">
          <p>{t(`${what}.cancelled`, { name })}</p>
          {dismiss}
        </div>
      );
    case 'failed':
      return (
        <div role="alert" className="notice notice-error import-report">
          <p>{t(`${what}.failed`, { name })}</p>
          <details>
            <summary>{t('technicalDetails')}</summary>
            <p>{outcome.message}</p>
          </details>
          {dismiss}
        </div>
      );
    case 'removed':
      return (
        <div role="status" className="notice notice-ok import-report">
          <p>{t('removal.done', { name })}</p>
          {dismiss}
        </div>
      );
    case 'imported':
      return outcome.result.ok ? (
        <Accepted fileName={name} result={outcome.result} persisted={outcome.persisted}>
          {dismiss}
        </Accepted>
      ) : (
        <div role="alert" className="notice notice-error import-report">
          <p>
            <strong>{t('rejected', { file: name })}</strong> {t('nothingChanged')}
          </p>
          <IssueList issues={outcome.result.errors} total={outcome.result.errorCount} />
          <Warnings warnings={outcome.result.warnings} />
          {dismiss}
        </div>
      );
  }
}

function Accepted({
  fileName,
  result,
  persisted,
  children,
}: {
  fileName: string;
  result: Extract<ImportResult, { ok: true }>;
  persisted: boolean | null;
  children: React.ReactNode;
}) {
  const { t, i18n } = useTranslation('import');
  const lang = i18n.language as Lang;
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
      {persisted === null && <p>{t('persisting')}</p>}
      {persisted === false && <p>{t('notPersisted')}</p>}
      <Warnings warnings={result.warnings} />
      {children}
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
  if (years.length === 0) return MISSING;
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}
