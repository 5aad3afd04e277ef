import { afterMark } from '@/lib/marks';

/**
 * Registers dist/sw.js (written at build time by scripts/vite-plugin-service-worker.mjs) so a tablet
 * opens the dashboard with no network after its first visit.
 */
export interface ServiceWorkerHooks {
  /** A newer build is installed and waits for the page to let it take over. */
  readonly onUpdateWaiting: (worker: ServiceWorker) => void;
}

export const OFFLINE_READY_MARK = 'app:offline-ready';

function watchInstalling(registration: ServiceWorkerRegistration, hooks: ServiceWorkerHooks): void {
  const worker = registration.installing;
  if (!worker) return;
  worker.addEventListener('statechange', () => {
    // With no controller this is the first install, not an update: nothing to offer.
    if (worker.state === 'installed' && navigator.serviceWorker.controller) hooks.onUpdateWaiting(worker);
  });
}

/** Precaching ~40 MB competes with DuckDB's own start for the two cores: wait until the data is ready. */
const REGISTER_AFTER_MARK = 'app:derived-ready';
const REGISTER_TIMEOUT_MS = 20_000;

export async function registerServiceWorker(hooks: ServiceWorkerHooks): Promise<void> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  await afterMark(REGISTER_AFTER_MARK, REGISTER_TIMEOUT_MS);
  // Relative to the page, so the app works from any sub-path of any intranet server.
  const registration = await navigator.serviceWorker.register('./sw.js', { scope: './' });
  if (registration.waiting && navigator.serviceWorker.controller) hooks.onUpdateWaiting(registration.waiting);
  registration.addEventListener('updatefound', () => watchInstalling(registration, hooks));
  // The worker precaches everything during install, so once one is active the app works offline.
  await navigator.serviceWorker.ready;
  performance.mark(OFFLINE_READY_MARK);
}

/** Lets the waiting worker take over, then reloads once it controls the page. */
export function activateWaitingWorker(worker: ServiceWorker): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  worker.postMessage({ type: 'SKIP_WAITING' });
}
