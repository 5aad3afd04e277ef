import { useTranslation } from 'react-i18next';
import { useImportQueue, type WriteEntry } from '../api/use-import-queue';
import { ImportProgress } from './import-progress';
import { ImportReport } from './import-report';
import { WideLayoutForm } from './wide-layout-form';

/** A wide (published) layout is converted only after the user says which index and year it holds. */
function wideFileOf(entry: WriteEntry): File | null {
  const { job, outcome } = entry;
  if (job.kind !== 'import' || job.wide || outcome?.type !== 'imported') return null;
  return !outcome.result.ok && outcome.result.needsWideMapping ? job.file : null;
}

/** Every import and removal asked for, in order: waiting, running, or its report until dismissed. */
export function ImportQueueList() {
  const { t } = useTranslation('import');
  const { entries, cancel, dismiss, convertWide } = useImportQueue();
  if (entries.length === 0) return null;
  return (
    <ul className="import-queue" aria-label={t('queueLabel')}>
      {entries.map((entry) => {
        const wideFile = wideFileOf(entry);
        return (
          <li key={entry.id}>
            {entry.phase === 'done' ? (
              <ImportReport entry={entry} onDismiss={() => dismiss(entry.id)} />
            ) : (
              <ImportProgress entry={entry} onCancel={() => cancel(entry.id)} />
            )}
            {wideFile && (
              <WideLayoutForm
                fileName={wideFile.name}
                onCancel={() => dismiss(entry.id)}
                onConvert={(wide) => convertWide(entry, wide)}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
