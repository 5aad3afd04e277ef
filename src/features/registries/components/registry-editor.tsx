import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegistryProblemList } from '@/components/ui/registry-problem-list';
import { TextFileButton } from '@/components/ui/text-file-button';
import { parseRegistryCsv } from '@/domain/registries/registry-csv';
import { REGISTRY_COLUMNS, type RegistryKind, registryCells } from '@/domain/registries/registry-types';
import {
  numberedRows,
  type RegistryKnown,
  type RegistryProblem,
  validateRegistry,
} from '@/domain/registries/validate-registry';
import { downloadCsv } from '@/lib/csv-export';
import { saveRegistry, useRegistry } from '@/queries/registries/registry-store';
import { SAMPLE_ADVISING_CSV } from '../api/sample-advising';
import { addRow, type DraftRows, sameRows } from '../model/draft-rows';
import { RegistryTable } from './registry-table';

interface Rejection {
  readonly title: string;
  readonly problems: readonly RegistryProblem[];
}

/** One registry: its table (edited, then saved whole), its CSV download and upload. */
export function RegistryEditor({ kind, known }: { kind: RegistryKind; known: RegistryKnown }) {
  const { t } = useTranslation('registries');
  const id = useId();
  const stored = useRegistry(kind);
  const saved: DraftRows = stored ? registryCells(kind, stored.rows) : [];
  const [draft, setDraft] = useState<DraftRows>(saved);
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // A save elsewhere (the awards screen's mapping, another tab) replaces what is shown.
  useEffect(() => {
    setDraft(stored ? registryCells(kind, stored.rows) : []);
  }, [kind, stored]);
  const dirty = !sameRows(draft, saved);

  const applyText = (name: string, text: string) => {
    const result = parseRegistryCsv(kind, text, known);
    if (!result.ok) return setRejection({ title: t('rejectedFile', { name }), problems: result.problems });
    setRejection(null);
    saveRegistry(kind, { source: name, rows: result.rows });
    setStatus(t('saved', { count: result.rows.length }));
  };
  const save = () => {
    const result = validateRegistry(kind, numberedRows(draft), known);
    if (!result.ok) return setRejection({ title: t('rejectedTable'), problems: result.problems });
    setRejection(null);
    saveRegistry(kind, { source: null, rows: result.rows });
    setStatus(t('saved', { count: result.rows.length }));
  };

  return (
    <section className="card registry-editor" aria-labelledby={`${id}-title`} data-registry={kind}>
      <h3 id={`${id}-title`}>{t(`${kind}.title`)}</h3>
      <p className="muted small">
        {stored
          ? stored.source
            ? t('source', { name: stored.source, count: stored.rows.length })
            : t('sourceEdited', { count: stored.rows.length })
          : t(`${kind}.none`)}
      </p>
      <div className="registry-actions">
        <button
          type="button"
          onClick={() => downloadCsv(`${t(`${kind}.fileName`)}.csv`, REGISTRY_COLUMNS[kind], saved)}
        >
          {t('download')}
        </button>
        <TextFileButton
          id={`${id}-file`}
          label={t('upload')}
          accept=".csv,text/csv"
          onFile={(file) => applyText(file.name, file.text)}
        />
        {kind === 'advising' && !stored && (
          <button type="button" onClick={() => applyText('tinh-mau-advising.csv', SAMPLE_ADVISING_CSV)}>
            {t('fromSample')}
          </button>
        )}
        {stored && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              if (window.confirm(t('confirmClear'))) saveRegistry(kind, null);
            }}
          >
            {t('clear')}
          </button>
        )}
      </div>
      <RegistryTable kind={kind} rows={draft} onChange={setDraft} />
      <div className="registry-actions">
        <button
          type="button"
          onClick={() =>
            setDraft(addRow(draft, REGISTRY_COLUMNS[kind].length, kind === 'blocks' ? ['unit'] : []))
          }
        >
          {t('addRow')}
        </button>
        <button type="button" disabled={!dirty} onClick={save}>
          {t('save')}
        </button>
        {dirty && (
          <button type="button" className="link-button" onClick={() => setDraft(saved)}>
            {t('discard')}
          </button>
        )}
        <span role="status" className="muted small">
          {dirty ? t('unsaved') : status}
        </span>
      </div>
      {rejection && <RegistryProblemList title={rejection.title} problems={rejection.problems} />}
    </section>
  );
}
