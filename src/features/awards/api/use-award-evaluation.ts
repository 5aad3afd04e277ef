import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { run } from '@/db/database';
import { evaluateAwards } from '@/domain/awards/evaluate-awards';
import { factNeeds } from '@/domain/awards/fact-scope';
import type { AdvisingEntry } from '@/domain/awards/fact-types';
import { toPeriodFacts, toScoreFacts } from '@/domain/awards/facts-from-rows';
import type { BandScheme, RuleSet } from '@/domain/awards/rule-set-types';
import type { AwardContext, AwardEvaluation } from '@/domain/awards/verdict-types';
import { buildAwardPeriodFacts, buildAwardScoreFacts } from '@/sql/award-facts';

export interface EvaluationArgs {
  readonly ruleSet: RuleSet;
  readonly context: AwardContext;
  readonly datasetIds: readonly string[];
  readonly bands: readonly BandScheme[];
  readonly advising: readonly AdvisingEntry[];
}

/** Facts from SQL (deltas, averages, bands, ranks in block), then the pure rule evaluation. */
async function evaluate(args: EvaluationArgs): Promise<AwardEvaluation> {
  const { ruleSet, context, datasetIds, bands, advising } = args;
  const needs = factNeeds(ruleSet, context);
  const scope = { datasetIds, indices: needs.indices, bands, toYear: needs.toYear };
  // One after the other: both go through the app's single DuckDB connection anyway.
  const scoreRows = await run(buildAwardScoreFacts({ ...scope, fromYear: needs.fromYear }));
  const periodRows = await run(buildAwardPeriodFacts({ ...scope, fromYear: needs.window.from }));
  const facts = {
    scores: toScoreFacts(scoreRows),
    periods: toPeriodFacts(periodRows, needs.window),
    advising,
  };
  return evaluateAwards(facts, ruleSet, context, { bands });
}

/** Every argument is in the key: a loaded rule file, another advising map or dataset is another query. */
export const awardEvaluationQuery = (args: EvaluationArgs | null) =>
  queryOptions({
    queryKey: [
      'awards',
      'evaluation',
      args?.ruleSet ?? null,
      args?.context ?? null,
      args?.datasetIds ?? null,
      args?.bands ?? null,
      args?.advising ?? null,
    ],
    queryFn: args ? () => evaluate(args) : skipToken,
  });

/** Keeps the previous verdicts on screen while the next ones are computed, so the page does not jump. */
export const useAwardEvaluation = (args: EvaluationArgs | null) =>
  useQuery({ ...awardEvaluationQuery(args), placeholderData: keepPreviousData });
