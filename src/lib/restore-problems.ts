/**
 * Stored datasets that start-up could not restore, for the notice that names them. A tiny store the
 * app fills once at start and the notice reads (and shortens, as the user removes or re-imports).
 */
export type RestoreReason =
  | 'too-large'
  | 'corrupted'
  | 'old-format'
  | 'conflict'
  | 'already-loaded'
  | 'rejected';

export interface RestoreProblem {
  readonly id: string;
  readonly fileName: string;
  readonly reason: RestoreReason;
}

let problems: readonly RestoreProblem[] = [];
const listeners = new Set<() => void>();

export function setRestoreProblems(next: readonly RestoreProblem[]): void {
  problems = next;
  for (const listener of listeners) listener();
}

export function dismissRestoreProblem(id: string): void {
  setRestoreProblems(problems.filter((problem) => problem.id !== id));
}

export function getRestoreProblems(): readonly RestoreProblem[] {
  return problems;
}

export function subscribeRestoreProblems(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
