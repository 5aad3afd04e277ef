import { keepPreviousData, type QueryClient, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { run, runAnalytics } from '@/db/database';
import { blockResolution } from '@/domain/awards/block-defaults';
import { evaluateAwards } from '@/domain/awards/evaluate-awards';
import { factComponents, factNeeds } from '@/domain/awards/fact-scope';
import type { ScoreFact } from '@/domain/awards/fact-types';
import type { AwardEvaluation } from '@/domain/awards/verdict-types';
import {
  type AwardFactScope,
  buildAwardComparisons,
  buildAwardPeriodFacts,
  buildAwardScoreFacts,
} from '@/sql/award-facts';
import type { AwardInputs } from '../model/award-inputs';

/** What one evaluation reads: the resolved inputs, with the user's block map over the rule set's defaults. */
export type EvaluationArgs = Pick<
  AwardInputs,
  'ruleSet' | 'context' | 'datasetIds' | 'bands' | 'advising' | 'blockMap'
>;

/** The score facts' scope with the blocks and series resolved. */
type ScoreScope = Required<AwardFactScope>;

/**
 * Score facts of a whole period, shared by every year of it: a row's previous-year fields and its rank
 * in block only look at that year and earlier ones, so the rows up to year Y are the same whichever
 * later year the query ran to. Switching years then costs one SQL query instead of two.
 */
export const awardScoreFactsQuery = (scope: ScoreScope) =>
  queryOptions({
    queryKey: ['awards', 'score-facts', scope],
    // The comparability rule reads the catalogue's break tables, filled before the quick pass.
    queryFn: (): Promise<ScoreFact[]> => runAnalytics(buildAwardScoreFacts(scope), 'quick'),
  });

/** Facts from SQL (deltas, averages, bands, ranks in block), then the pure rule evaluation. */
async function evaluate(args: EvaluationArgs, client: QueryClient): Promise<AwardEvaluation> {
  const { ruleSet, context, datasetIds, bands, advising, blockMap } = args;
  const needs = factNeeds(ruleSet, context);
  const period = ruleSet.periods.find((p) => p.from <= needs.toYear && needs.toYear <= p.to);
  const spanTo = 'year' in context && period ? period.to : needs.toYear;
  const scope = {
    datasetIds,
    indices: needs.indices,
    bands,
    blocks: blockResolution(ruleSet, advising, blockMap),
    series: factComponents(ruleSet, advising),
  };
  const spanRows = await client.fetchQuery(
    awardScoreFactsQuery({ ...scope, fromYear: needs.fromYear, toYear: spanTo }),
  );
  const scores = spanRows.filter((fact) => fact.year <= needs.toYear);
  // Its window is [window.from, toYear]: the period facts carry it.
  const periods = await run(
    buildAwardPeriodFacts({ ...scope, fromYear: needs.window.from, toYear: needs.toYear }),
  );
  const comparisons = await run(
    buildAwardComparisons({ ...scope, fromYear: needs.fromYear, toYear: needs.toYear }, needs.bases),
  );
  return evaluateAwards({ scores, periods, comparisons, advising }, ruleSet, context, { bands });
}

/** Every argument is in the key: a loaded rule file, another advising map or dataset is another query. */
export const awardEvaluationQuery = (args: EvaluationArgs | null) =>
  queryOptions({
    queryKey: ['awards', 'evaluation', args],
    queryFn: args ? ({ client }) => evaluate(args, client) : skipToken,
  });

/** Keeps the previous verdicts on screen while the next ones are computed, so the page does not jump. */
export function useAwardEvaluation(args: EvaluationArgs | null) {
  return useQuery({ ...awardEvaluationQuery(args), placeholderData: keepPreviousData });
}
