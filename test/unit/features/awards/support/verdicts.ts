import type { QuotaPlacement, UnitVerdict } from '@/domain/awards/verdict-types';

/** A verdict with only what the view model reads; everything else neutral. */
export function verdict(
  unitCode: string,
  overrides: Partial<Omit<UnitVerdict, 'quota'>> & { position?: number } = {},
): UnitVerdict {
  const { position, ...rest } = overrides;
  const quota: QuotaPlacement | null =
    position === undefined ? null : { position, quota: 3, candidates: 5, tieBrokenBy: null, keys: [] };
  return {
    ruleId: 'rule-a',
    unitCode,
    unitName: unitCode.toUpperCase(),
    block: 'so-nganh',
    level: 'department',
    judgedYear: 2025,
    verdict: 'pass',
    clauses: [],
    rankInBlock: null,
    quota,
    nearMiss: null,
    blockHistory: [],
    ...rest,
  };
}

export const NEAR = { clauseId: 'c', check: { verdict: 'fail', reason: 'not_rose', years: [2025] } } as const;
