import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useState, useSyncExternalStore } from 'react';
import { readAgainAfterChange } from '../after-change';
import { changedScores, runWrite } from './runners';
import type { WriteQueueState } from './state';
import { createWriteQueue, type WriteQueue } from './store';

const WriteQueueContext = createContext<WriteQueue | null>(null);

/** Holds the app's one write queue; after each change to the scores every screen reads them again when shown. */
export function WriteQueueProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [queue] = useState(() =>
    createWriteQueue(runWrite, (_entry, outcome) => {
      if (!changedScores(outcome)) return;
      // The rows are committed: report now. Charts catch up behind it (analytic queries wait for
      // the refresh they need), instead of holding the report back for seconds.
      void readAgainAfterChange(queryClient);
      if (outcome.type === 'imported') performance.mark('app:import-done');
    }),
  );
  return <WriteQueueContext.Provider value={queue}>{children}</WriteQueueContext.Provider>;
}

/** The queue's actions and its current entries; re-renders on every change. */
export function useWriteQueue(): { queue: WriteQueue; state: WriteQueueState } {
  const queue = useContext(WriteQueueContext);
  if (!queue) throw new Error('useWriteQueue needs a WriteQueueProvider above it');
  const state = useSyncExternalStore(queue.subscribe, queue.getState);
  return { queue, state };
}
