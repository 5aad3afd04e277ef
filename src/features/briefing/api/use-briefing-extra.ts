import { queryOptions, useQuery } from '@tanstack/react-query';
import { APP_SETTINGS } from '@/config/app-settings';
import { BUNDLED_TARGETS } from '@/config/targets';
import { runAnalytics } from '@/db/database';
import { targetSpans, targetsOf } from '@/domain/targets/target-spans';
import type { TargetVerdict } from '@/domain/targets/targets';
import type { Baseline } from '@/lib/baseline-param';
import { buildBaseDeltas } from '@/sql/base-deltas';
import { buildBriefingWeak } from '@/sql/briefing-weak';
import { buildTargetComparisons, buildTargetFacts } from '@/sql/target-facts';
import { DEFAULT_WEAK_CRITERIA } from '@/sql/weak-components';
import { type BaseFact, baseChoices, toBaseFacts } from '../model/base-facts';
import { judgeTargets } from '../model/target-verdicts';
import { toWeakFacts, type WeakFact } from '../model/weak-facts';

/** Each index's total against its base year, up to the asked year (a missing year falls back as the totals do). */
export const briefingBaseQuery = (unit: string, year: number, baseline: Baseline) =>
  queryOptions({
    queryKey: ['briefing', 'base', unit, year, baseline],
    queryFn: async (): Promise<BaseFact[]> => {
      const choices = baseChoices(unit, baseline, BUNDLED_TARGETS.targets, APP_SETTINGS.planBaseYear);
      const from = Math.min(year, ...choices.map((choice) => choice.year));
      const rows = await runAnalytics(
        buildBaseDeltas({ bases: choices, units: [unit], components: ['TOTAL'], from, to: year }),
        'quick',
      );
      return toBaseFacts(rows, choices);
    },
  });

/** The unit's targets, each judged by the domain rule on its own baseline and target years. */
export const briefingTargetsQuery = (unit: string) =>
  queryOptions({
    queryKey: ['briefing', 'targets', unit],
    queryFn: async (): Promise<TargetVerdict[]> => {
      const targets = targetsOf(BUNDLED_TARGETS.targets, unit);
      if (targets.length === 0) return [];
      const spans = targetSpans(targets);
      const points = await runAnalytics(buildTargetFacts(spans));
      return judgeTargets(targets, points, await runAnalytics(buildTargetComparisons(spans)));
    },
  });

/** Every index's weak components in one statement, by the weak-points screen's default rules, among the unit's level. */
export const briefingWeakQuery = (unit: string, year: number) =>
  queryOptions({
    queryKey: ['briefing', 'weak', unit, year],
    queryFn: async (): Promise<WeakFact[]> =>
      toWeakFacts(await runAnalytics(buildBriefingWeak(unit, year, DEFAULT_WEAK_CRITERIA))),
  });

export function useBriefingBase(unit: string | null, year: number | null, baseline: Baseline) {
  return useQuery({
    ...briefingBaseQuery(unit ?? '', year ?? 0, baseline),
    enabled: unit !== null && year !== null,
  });
}

export function useBriefingTargets(unit: string | null) {
  return useQuery({ ...briefingTargetsQuery(unit ?? ''), enabled: unit !== null });
}

export function useBriefingWeak(unit: string | null, year: number | null) {
  return useQuery({ ...briefingWeakQuery(unit ?? '', year ?? 0), enabled: unit !== null && year !== null });
}
