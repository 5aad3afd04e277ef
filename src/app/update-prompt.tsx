import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerServiceWorker } from './service-worker';

/** Registers the service worker and, when a newer build waits, offers to reload into it. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [activate, setActivate] = useState<(() => void) | null>(null);

  useEffect(() => {
    // Wrapped: a function handed to a state setter straight would be called as an updater.
    registerServiceWorker({ onUpdateWaiting: (next) => setActivate(() => next) }).catch(() => {
      // Without a service worker the app still works online; offline use is a bonus, not a gate.
    });
  }, []);

  return (
    <div role="status" className="update-prompt-region">
      {activate && (
        <div className="update-prompt notice notice-warn">
          <span>{t('update.available')}</span>
          <button type="button" className="primary" onClick={activate}>
            {t('update.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
