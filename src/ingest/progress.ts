import type { ImportStage } from './import-csv';

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
