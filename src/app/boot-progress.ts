import { useSyncExternalStore } from 'react';

export interface BootProgress {
  readonly stage: 'engine' | 'data' | 'ready';
  readonly done: number;
  readonly total: number;
}

let current: BootProgress = { stage: 'engine', done: 0, total: 1 };
const listeners = new Set<() => void>();

export function setBootProgress(next: BootProgress): void {
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useBootProgress(): BootProgress {
  return useSyncExternalStore(subscribe, () => current);
}
