import { readFileSync } from 'node:fs';
import type { SqlEngine } from '@/db/engine';
import { readRows } from '@/db/rows';
import { factComponents, factNeeds } from '@/domain/awards/fact-scope';
import type { AdvisingEntry, AwardFacts } from '@/domain/awards/fact-types';
import type { BandScheme, RuleSet } from '@/domain/awards/rule-set-types';
import type { AwardContext } from '@/domain/awards/verdict-types';
import { buildAwardComparisons, buildAwardPeriodFacts, buildAwardScoreFacts } from '@/sql/award-facts';
import { insertBundledFiles } from '@/sql/bundled-load';
import { fillReferenceTables, REFERENCE_TABLE_STATEMENTS } from '@/sql/reference-tables';
import { SCHEMA_STATEMENTS } from '@/sql/schema';

/** Loads CSV files (long layout with `block`) into a fresh `scores` table under one dataset id, beside the catalogue's tables. */
export async function loadCsvFiles(
  engine: SqlEngine,
  datasetId: string,
  paths: readonly string[],
): Promise<void> {
  await engine.execute([...SCHEMA_STATEMENTS, ...REFERENCE_TABLE_STATEMENTS]);
  for (const step of fillReferenceTables()) await engine.query(step.text, step.params);
  for (const [i, path] of paths.entries()) {
    const name = `${datasetId}-${i}.csv`;
    await engine.registerFile(name, readFileSync(path));
    const insert = insertBundledFiles([{ datasetId: datasetId, path: `mem/${name}` }]);
    await engine.query(insert.text, insert.params);
  }
}

/** The same path the awards screen takes: rule set + context → SQL facts → typed facts. */
export async function awardFactsFor(
  engine: SqlEngine,
  datasetIds: readonly string[],
  ruleSet: RuleSet,
  context: AwardContext,
  bands: readonly BandScheme[],
  advising: readonly AdvisingEntry[],
  everyComponent = false,
): Promise<AwardFacts> {
  const needs = factNeeds(ruleSet, context);
  const series = everyComponent ? undefined : factComponents(ruleSet, advising);
  const scope = { datasetIds, indices: needs.indices, bands, series, toYear: needs.toYear };
  const scores = await readRows(engine, buildAwardScoreFacts({ ...scope, fromYear: needs.fromYear }));
  const periods = await readRows(engine, buildAwardPeriodFacts({ ...scope, fromYear: needs.window.from }));
  const comparisons = await readRows(
    engine,
    buildAwardComparisons({ ...scope, fromYear: needs.fromYear }, needs.bases),
  );
  return { scores, periods, comparisons, advising };
}
