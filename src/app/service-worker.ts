import { afterMark } from '@/lib/marks';

/**
 * Registers dist/sw.js, which vite-plugin-pwa (Workbox) writes at build time with a revision per file,
 * so a tablet opens the dashboard with no network after its first visit and a new deploy fetches only
 * the files that changed.
 */
export interface ServiceWorkerHooks {
  /** A newer build is installed and waits; calling `activate` lets it take over and reloads the page. */
  readonly onUpdateWaiting: (activate: () => void) => void;
}

export const OFFLINE_READY_MARK = 'app:offline-ready';

/** Precaching ~40 MB competes with DuckDB's own start for the two cores: wait until the data is ready. */
const REGISTER_AFTER_MARK = 'app:derived-ready';
const REGISTER_TIMEOUT_MS = 20_000;

export async function registerServiceWorker(hooks: ServiceWorkerHooks): Promise<void> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  await afterMark(REGISTER_AFTER_MARK, REGISTER_TIMEOUT_MS);
  // Loaded only now, so workbox-window never weighs on the first screen's JS.
  const { Workbox } = await import('workbox-window');
  // Relative to the page, so the app works from any sub-path of any intranet server.
  const workbox = new Workbox('./sw.js', { scope: './' });
  // Fired for a worker that waits behind the one in control, never on the first install.
  workbox.addEventListener('waiting', () =>
    hooks.onUpdateWaiting(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    }),
  );
  await workbox.register();
  // The worker precaches everything during install, so once one is active the app works offline.
  await navigator.serviceWorker.ready;
  performance.mark(OFFLINE_READY_MARK);
}
