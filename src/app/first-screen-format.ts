import type { FirstScreenAnswer } from './first-screen-queries';

/** Bumped when the file's shape changes: an app never reads a file of another shape. */
export const FIRST_SCREEN_FORMAT = 1;

/** The build's answers to the first screen's queries, stamped with what they were computed from. */
export interface FirstScreenSnapshot {
  readonly format: number;
  /** Hashes of the data files read and of every SQL text with its parameters. */
  readonly stamp: { readonly data: string; readonly sql: string };
  readonly answers: readonly FirstScreenAnswer[];
}

export function isFirstScreenSnapshot(value: unknown): value is FirstScreenSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const { format, answers } = value as { format?: unknown; answers?: unknown };
  return (
    format === FIRST_SCREEN_FORMAT &&
    Array.isArray(answers) &&
    answers.every((answer) => Array.isArray((answer as { key?: unknown }).key))
  );
}
