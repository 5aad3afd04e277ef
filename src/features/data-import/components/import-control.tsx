import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportFile } from '../api/use-import-file';
import { ImportReport } from './import-report';
import { WideLayoutForm } from './wide-layout-form';

/** "Nhập CSV" in the header of every screen, plus drag-and-drop anywhere on the page. */
export function ImportControl() {
  const { t } = useTranslation('import');
  const inputId = useId();
  const importFile = useImportFile();
  const [dragging, setDragging] = useState(false);
  const { mutate } = importFile;

  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) mutate({ file });
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [mutate]);

  const outcome = importFile.data;
  const lastRequest = importFile.variables;
  // A wide (published) layout is converted only after the user says which index and year it holds.
  const wideFile =
    outcome && !outcome.result.ok && outcome.result.needsWideMapping && lastRequest && !lastRequest.wide
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
          <div role="status" aria-live="polite" className="notice">
            {t(`stage.${importFile.progress.stage}`)}
            <progress
              max={100}
              value={Math.round(importFile.progress.fraction * 100)}
              aria-label={t('progress')}
            />
          </div>
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
