import { type QueryClient, useQuery } from '@tanstack/react-query';
import { type ReactNode, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ENGINE_START_TIMEOUT_MS, EngineStartError } from '@/db/engine-start-error';
import { startDatabase } from './boot-database';
import { useBootProgress } from './boot-progress';
import { EngineStartingNote } from './engine-starting-note';
import './database-gate.css';
import {
  handOverToEngine,
  isSeedWithdrawn,
  seedFirstScreen,
  subscribeSeedWithdrawn,
} from './first-screen-seed';

/** Engine start-up is itself a query: its loading and error states come from react-query. */
export function DatabaseGate({
  children,
  prefetch,
  drawsEarly = false,
}: {
  children: ReactNode;
  /** Sends the first screen's queries the moment the data is ready, ahead of everything else. */
  prefetch?: ((client: QueryClient) => void) | undefined;
  /** The screen's queries are in the build's snapshot: it is drawn from it while the engine starts. */
  drawsEarly?: boolean;
}) {
  const { t } = useTranslation();
  const progress = useBootProgress();
  const seed = useQuery({
    queryKey: ['first-screen-seed'],
    queryFn: ({ client }) => seedFirstScreen(client),
    enabled: drawsEarly,
  });
  const boot = useQuery({
    queryKey: ['database'],
    queryFn: async ({ client }) => {
      const engine = await startDatabase();
      prefetch?.(client);
      void handOverToEngine(client);
      return engine;
    },
  });
  // Read outside react-query: taken back, the kept answers leave the screen before the next frame.
  const withdrawn = useSyncExternalStore(subscribeSeedWithdrawn, isSeedWithdrawn);
  const early = drawsEarly && seed.data === 'snapshot' && !withdrawn;
  const ownData = drawsEarly && (seed.data === 'own-data' || withdrawn);

  if (boot.isError) {
    const timedOut = boot.error instanceof EngineStartError && boot.error.message === 'timeout';
    return (
      <div role="alert" className="panel error-panel">
        <h2>{t('engineError.title')}</h2>
        <p>
          {timedOut
            ? t('engineError.timeout', { seconds: ENGINE_START_TIMEOUT_MS / 1000 })
            : t('engineError.failed', { message: boot.error.message })}
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('engineError.retry')}
        </button>
      </div>
    );
  }
  // A moment while the build's answers arrive: the space is held, so the footer never jumps into view.
  if (boot.isPending && drawsEarly && seed.isPending)
    return <div className="first-screen-reserve" aria-busy="true" />;
  if (boot.isPending && !early) {
    const fraction =
      progress.stage === 'engine' ? 0.1 : 0.1 + (0.9 * progress.done) / Math.max(1, progress.total);
    const panel = (
      <div className="panel loading-panel" role="status" aria-live="polite">
        <p>
          {progress.stage === 'engine'
            ? t('loading.engine')
            : t('loading.data', { done: progress.done, total: progress.total })}
        </p>
        <progress max={100} value={Math.round(fraction * 100)} aria-label={t('loading.progressLabel')} />
        {ownData && <p className="small muted">{t('loading.ownData')}</p>}
      </div>
    );
    // The landing screen is taller than the window: reserving it keeps its arrival from moving the footer.
    return drawsEarly ? <div className="first-screen-reserve">{panel}</div> : panel;
  }
  // The children keep their place in the tree when the engine comes up: nothing is mounted again.
  return (
    <>
      {boot.isPending && <EngineStartingNote />}
      {children}
    </>
  );
}
