import { describe, expect, it } from 'vitest';
import type { ImportStage } from '@/ingest/progress';
import { overallProgress } from '@/ingest/progress';

describe('overallProgress', () => {
  it('never runs backwards from one stage to the next', () => {
    const steps: [ImportStage, number][] = [
      ['reading', 0],
      ['reading', 0.5],
      ['reading', 1],
      ['checking', 0],
      ['checking', 1],
      ['saving', 0],
      ['saving', 1],
    ];
    const values = steps.map(([stage, fraction]) => overallProgress(stage, fraction));
    for (let i = 1; i < values.length; i += 1) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1] ?? 0);
    expect(values[0]).toBe(0);
    expect(values.at(-1)).toBe(1);
  });

  it('moves during reading and clamps nonsense fractions', () => {
    expect(overallProgress('reading', 0.5)).toBeGreaterThan(0);
    expect(overallProgress('checking', Number.NaN)).toBe(overallProgress('checking', 0));
    expect(overallProgress('saving', 7)).toBe(1);
  });
});
