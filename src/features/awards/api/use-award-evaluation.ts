import { keepPreviousData, type QueryClient, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { run, runAnalytics } from '@/db/database';
import { type BlockResolution, blockResolution } from '@/domain/awards/block-defaults';
import { evaluateAwards } from '@/domain/awards/evaluate-awards';
import { type FactComponents, factComponents, factNeeds } from '@/domain/awards/fact-scope';
import type { AdvisingEntry, ScoreFact } from '@/domain/awards/fact-types';
import type { BandScheme, RuleSet } from '@/domain/awards/rule-set-types';
import type { AwardContext, AwardEvaluation } from '@/domain/awards/verdict-types';
import type { IndexCode } from '@/domain/catalogue';
import type { BlockRow } from '@/domain/registries/registry-types';
import { buildAwardComparisons, buildAwardPeriodFacts, buildAwardScoreFacts } from '@/sql/award-facts';

export interface EvaluationArgs {
  readonly ruleSet: RuleSet;
  readonly context: AwardContext;
  readonly datasetIds: readonly string[];
  readonly bands: readonly BandScheme[];
  readonly advising: readonly AdvisingEntry[];
  /** The user's block map (unit or level → block), laid over the rule set's defaults. */
  readonly blockMap: readonly BlockRow[];
}

interface ScoreScope {
  readonly datasetIds: readonly string[];
  readonly indices: readonly IndexCode[];
  readonly bands: readonly BandScheme[];
  readonly blocks: BlockResolution;
  readonly series: FactComponents;
  readonly fromYear: number;
  readonly toYear: number;
}

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
