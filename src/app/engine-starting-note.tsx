import { useTranslation } from 'react-i18next';
import './engine-starting-note.css';

/**
 * Shown while the first screen is drawn from the build's answers and the engine is still starting:
 * the figures are final, what needs the engine (another unit, an import, other screens) waits.
 * Fixed in a corner, so that neither its arrival nor its removal moves the page.
 */
export function EngineStartingNote() {
  const { t } = useTranslation();
  return (
    <p className="engine-starting-note small" role="status" aria-live="polite">
      {t('loading.engineBehind')}
    </p>
  );
}
