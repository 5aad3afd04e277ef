import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportFile } from '../api/use-import-file';
import { ImportProgress } from './import-progress';
import { ImportReport } from './import-report';
import { useFileDrop } from './use-file-drop';
import { WideLayoutForm } from './wide-layout-form';

/** "Nhập CSV" in the header of every screen, plus drag-and-drop anywhere on the page. */
export function ImportControl() {
  const { t } = useTranslation('import');
  const inputId = useId();
  const importFile = useImportFile();
  const { mutate } = importFile;
  const dragging = useFileDrop(useCallback((file: File) => mutate({ file }), [mutate]));

  const outcome = importFile.data;
  const lastRequest = importFile.variables;
  // A wide (published) layout is converted only after the user says which index and year it holds.
  const wideFile =
    outcome &&
    !outcome.cancelled &&
    !outcome.result.ok &&
    outcome.result.needsWideMapping &&
    lastRequest &&
    !lastRequest.wide
      ? lastRequest.file
      : null;

  return (
    <div className="import-control">
      <label htmlFor={inputId} className="button-like primary">
        {t('button')}
      </label>
      <input
        id={inputId}
        className="visually-hidden-input"
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/plain"
        aria-describedby={`${inputId}-privacy`}
        disabled={importFile.isPending}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) mutate({ file });
          event.target.value = '';
        }}
      />
      <span id={`${inputId}-privacy`} className="import-privacy">
        {t('privacy')}
      </span>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('dropHere')}
        </div>
      )}
      <div className="import-feedback">
        {importFile.progress && (
          <ImportProgress progress={importFile.progress} onCancel={importFile.cancel} />
        )}
        {importFile.isError && (
          <div role="alert" className="notice notice-error">
            {t('unexpected', { message: importFile.error.message })}
          </div>
        )}
        {outcome && !importFile.isPending && (
          <ImportReport outcome={outcome} onDismiss={() => importFile.reset()} />
        )}
        {wideFile && (
          <WideLayoutForm
            fileName={wideFile.name}
            onCancel={() => importFile.reset()}
            onConvert={(wide) => mutate({ file: wideFile, wide })}
          />
        )}
      </div>
    </div>
  );
}
