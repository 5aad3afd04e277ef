/** The stages of one import, in the order they run. */
export type ImportStage = 'reading' | 'checking' | 'saving';

/**
 * Share of the whole import that each stage stands for, so one bar runs from 0 to 1 across the stages
 * and never backwards. Reading is by bytes read; checking and saving by the engine's own steps.
 */
const STAGE_SPAN: Readonly<Record<ImportStage, readonly [start: number, end: number]>> = {
  reading: [0, 0.6],
  checking: [0.6, 0.8],
  saving: [0.8, 1],
};

/** The whole import's progress (0–1) from a stage and the fraction of that stage done. */
export function overallProgress(stage: ImportStage, fraction: number): number {
  const [start, end] = STAGE_SPAN[stage];
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  return start + (end - start) * clamped;
}

const STAGE_ORDER: readonly ImportStage[] = ['reading', 'checking', 'saving'];

/**
 * Wraps an `onProgress` so that it never hears a step back: within a stage a fraction below the last is
 * dropped, and so is any report of a stage already left.
 */
export function monotonicProgress(
  onProgress: (stage: ImportStage, fraction: number) => void,
): (stage: ImportStage, fraction: number) => void {
  let lastStage = 0;
  let lastFraction = -1;
  return (stage, fraction) => {
    const order = STAGE_ORDER.indexOf(stage);
    const value = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
    if (order < lastStage || (order === lastStage && value <= lastFraction)) return;
    lastStage = order;
    lastFraction = value;
    onProgress(stage, value);
  };
}
