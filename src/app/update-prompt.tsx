import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activateWaitingWorker, registerServiceWorker } from './service-worker';

/** Registers the service worker and, when a newer build waits, offers to reload into it. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    registerServiceWorker({ onUpdateWaiting: setWaiting }).catch(() => {
      // Without a service worker the app still works online; offline use is a bonus, not a gate.
    });
  }, []);

  return (
    <div role="status" className="update-prompt-region">
      {waiting && (
        <div className="update-prompt notice notice-warn">
          <span>{t('update.available')}</span>
          <button type="button" className="primary" onClick={() => activateWaitingWorker(waiting)}>
            {t('update.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
