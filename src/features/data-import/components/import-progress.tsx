import { useTranslation } from 'react-i18next';
import type { ImportStage } from '../api/use-import-file';

/** The running import: its stage, a progress bar, and a way out that leaves the data untouched. */
export function ImportProgress({
  progress,
  onCancel,
}: {
  progress: { stage: ImportStage; fraction: number };
  onCancel: () => void;
}) {
  const { t } = useTranslation('import');
  return (
    <div className="notice import-progress">
      <span role="status" aria-live="polite">
        {t(`stage.${progress.stage}`)}
      </span>
      <progress max={100} value={Math.round(progress.fraction * 100)} aria-label={t('progress')} />
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
