import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLineageImport, useStoredLineage } from '../api/use-lineage-import';
import { type LineageProblem, parseLineageCsv } from '../model/parse-lineage-csv';
import { ProblemList } from './problem-list';

interface Rejected {
  readonly name: string;
  readonly problems: readonly LineageProblem[];
}

/** On the data screen: import, replace or remove the user's predecessor → successor links. */
export function LineageImportPanel() {
  const { t } = useTranslation('lineageImport');
  const id = useId();
  const stored = useStoredLineage();
  const { apply, remove } = useLineageImport();
  const [rejected, setRejected] = useState<Rejected | null>(null);
  const [fileName, setFileName] = useState('');

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    apply.reset();
    remove.reset();
    setFileName(file.name);
    const parsed = parseLineageCsv(await file.text());
    if (parsed.problems.length > 0) {
      setRejected({ name: file.name, problems: parsed.problems });
      return;
    }
    setRejected(null);
    apply.mutate({ name: file.name, links: parsed.links });
  };

  const error = apply.error ?? remove.error;
  return (
    <section className="card lineage-import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <label htmlFor={`${id}-file`}>{t('fileLabel')}</label>{' '}
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,text/csv"
        disabled={apply.isPending || remove.isPending}
        onChange={(event) => {
          void onFile(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      <div role="status" aria-live="polite">
        {(apply.isPending || remove.isPending) && <p>{t('working')}</p>}
        {apply.data && (
          <p className="notice">
            {t('applied', { count: apply.data.count, name: fileName })}
            {!apply.data.persisted && ` ${t('notPersisted')}`}
          </p>
        )}
        {remove.isSuccess && <p className="notice">{t('removed')}</p>}
      </div>
      {rejected && <ProblemList name={rejected.name} problems={rejected.problems} />}
      {error && (
        <p role="alert" className="error">
          {t('failed', { message: error.message })}
        </p>
      )}
      {stored.data && (
        <p>
          {t('current', { name: stored.data.fileName, count: stored.data.links.length })}{' '}
          <button type="button" disabled={remove.isPending} onClick={() => remove.mutate()}>
            {t('remove')}
          </button>
        </p>
      )}
    </section>
  );
}
