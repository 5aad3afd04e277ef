import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WriteEntry } from '../api/use-import-queue';

/** A job waiting or running: its name, its stage, one bar for the whole job, and its own way out. */
export function ImportProgress({ entry, onCancel }: { entry: WriteEntry; onCancel: () => void }) {
  const { t } = useTranslation('import');
  const statusId = useId();
  const { job } = entry;
  const name = job.kind === 'import' ? job.file.name : job.label;
  const what = job.kind === 'import' ? 'file' : 'removal';
  return (
    <div className="notice import-progress" data-phase={entry.phase}>
      <span id={statusId} role="status" aria-live="polite">
        {t(`${what}.${entry.phase === 'queued' ? 'queued' : 'running'}`, { name })}{' '}
        {job.kind === 'import' && entry.phase !== 'queued' && t(`stage.${entry.phase}`)}
      </span>
      {entry.phase !== 'queued' && job.kind === 'import' && (
        <progress max={100} value={Math.round(entry.progress * 100)} aria-label={t('progress')} />
      )}
      {/* A removal is one short transaction: once it runs, there is nothing left to cancel. */}
      {(job.kind === 'import' || entry.phase === 'queued') && (
        <button
          type="button"
          onClick={onCancel}
          disabled={entry.cancelling}
          // Named "Huỷ" and described by its entry's status, which names the file.
          aria-describedby={statusId}
        >
          {t('cancel')}
        </button>
      )}
    </div>
  );
}
