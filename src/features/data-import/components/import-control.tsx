import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportQueue } from '../api/use-import-queue';
import { ImportQueueList } from './import-queue-list';
import { useFileDrop } from './use-file-drop';

/** "Nhập CSV" in the header of every screen, plus drag-and-drop anywhere on the page. */
export function ImportControl() {
  const { t } = useTranslation('import');
  const inputId = useId();
  const { importFiles } = useImportQueue();
  const dragging = useFileDrop(importFiles);

  return (
    <div className="import-control">
      <label htmlFor={inputId} className="button-like primary">
        {t('button')}
      </label>
      <input
        id={inputId}
        className="visually-hidden-input"
        type="file"
        multiple
        accept=".csv,.tsv,.txt,text/csv,text/plain"
        aria-describedby={`${inputId}-privacy`}
        onChange={(event) => {
          // Copied before the input is cleared: clearing empties the live FileList.
          importFiles([...(event.target.files ?? [])]);
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
        <ImportQueueList />
      </div>
    </div>
  );
}
