import { beforeAll, describe, expect, it } from 'vitest';
import type { Row, SqlEngine } from '@/db/engine';
import type { FactsSource } from '@/sql/facts-source';
import { buildOverviewContext } from '@/sql/overview-extra';
import { buildHomePeerStats, buildLevelPeerStats } from '@/sql/trends-extra';
import type { WeakCriteria } from '@/sql/weak-components';
import { buildPeerChoices, buildWeakScreen } from '@/sql/weak-extra';
import { buildYoyDeltas } from '@/sql/yoy-deltas';
import { loadScores, refreshFacts, run, startAnalyticsEngine } from '../../support/load-fixture';

/**
 * The user's own departments (an import) beside the bundled sample province's departments: the same
 * level, never the same peers. The own file also holds `so-x`, a code the sample uses too.
 */
let engine: SqlEngine;
beforeAll(async () => {
  engine = await startAnalyticsEngine();
  await loadScores(engine, 'scope-sample-departments.csv', 'sample');
  await loadScores(engine, 'scope-own-departments.csv', 'imported');
  await refreshFacts(engine);
}, 60_000);

const median: WeakCriteria = { lowMode: 'median', lowThreshold: 50, fallRankPlaces: 3 };
const pick = (rows: Row[], unit: string, component = 'TOTAL') =>
  rows.find((row) => row.unit_code === unit && row.component_code === component);

describe('ranks among one data scope', () => {
  it('ranks an own department among own departments only, and the sample among the sample', async () => {
    // The derived facts every screen reads its ranks from.
    const rows = await engine.query(
      `SELECT unit_code, unit_name, component_code, rank, peer_count FROM score_facts
       WHERE peer_by = 'level' AND index_code = 'PAR' AND year = 2022 AND component_code = 'TOTAL'`,
    );
    expect(pick(rows, 'tn-a')).toMatchObject({ rank: 2, peer_count: 3 });
    expect(pick(rows, 'tn-b')).toMatchObject({ rank: 1, peer_count: 3 });
    expect(pick(rows, 'so-x')).toMatchObject({ rank: 3, peer_count: 3, unit_name: 'Sở X (nội bộ)' });
    // The own so-x row replaces the sample's of 2022: the sample keeps its other two departments.
    expect(pick(rows, 'so-y')).toMatchObject({ rank: 1, peer_count: 2 });
  });

  it('never chains an own year onto a sample year of the same code', async () => {
    const rows = await run(
      engine,
      buildYoyDeltas({ index: 'PAR', units: ['tn-a', 'so-x'], components: ['TOTAL'], from: 2021, to: 2022 }),
    );
    const year = (unit: string, y: number) => rows.find((row) => row.unit_code === unit && row.year === y);
    expect(year('so-x', 2022)).toMatchObject({ data_scope: 'own', previous_year: null, score_change: null });
    expect(year('so-x', 2021)).toMatchObject({ data_scope: 'sample' });
    expect(year('tn-a', 2022)).toMatchObject({ data_scope: 'own', previous_year: 2021, previous_score: 55 });
  });

  it('offers the own and the sample departments as two peer groups', async () => {
    const rows = await run(engine, buildPeerChoices('PAR'));
    const of2022 = rows.filter((row) => row.year === 2022);
    expect(of2022.map((row) => [row.data_scope, row.units, row.kinds])).toEqual([
      ['own', 3, 'imported'],
      ['sample', 3, 'sample'],
    ]);
  });
});

describe('weak points judged among one data scope', () => {
  const screen = (scope: 'own' | 'sample') =>
    run(
      engine,
      buildWeakScreen({
        index: 'PAR',
        year: 2022,
        peer: { by: 'level', level: 'department', scope },
        levels: [],
        blocks: [],
        criteria: median,
      }),
    );

  it("takes the median of the user's departments only: 4 of 10 is the own median, not low", async () => {
    const rows = await screen('own');
    expect(new Set(rows.map((row) => row.unit_code))).toEqual(new Set(['tn-a', 'tn-b', 'so-x']));
    expect(pick(rows, 'tn-a', 'L1')).toMatchObject({
      median_score: 4,
      peer_count: 3,
      rank: 2,
      is_low: false,
    });
    expect(pick(rows, 'so-x', 'L1')).toMatchObject({ is_low: true, in_list: true, best_score: 7 });
    expect(new Set(rows.filter((row) => row.in_list).map((row) => row.unit_code))).toEqual(new Set(['so-x']));
  });

  it('lists and shows only the sample units for the sample group', async () => {
    const rows = await screen('sample');
    expect(new Set(rows.map((row) => row.unit_code))).toEqual(new Set(['so-y', 'so-z']));
    expect(pick(rows, 'so-z', 'L1')).toMatchObject({ peer_count: 2, best_score: 9 });
  });
});

describe('trends and overview peers of one data scope', () => {
  it.each<FactsSource>(['stored', 'live'])(
    'best and median of the home unit are its own scope (%s)',
    async (source) => {
      const rows = await run(
        engine,
        buildHomePeerStats({ index: 'PAR', homeUnit: 'tn-a', peerBy: 'level', from: 2022, to: 2022, source }),
      );
      expect(rows.find((row) => row.component_code === 'TOTAL')).toMatchObject({
        best_score: 70,
        median_score: 60,
        scored_count: 3,
        best_units: 'tn-b',
      });
    },
  );

  it('gives every level one group per data scope', async () => {
    const rows = await run(engine, buildLevelPeerStats({ index: 'PAR', from: 2022, to: 2022 }));
    const totals = rows.filter((row) => row.component_code === 'TOTAL');
    expect(totals.map((row) => [row.unit_level, row.data_scope, row.scored_count, row.best_score])).toEqual([
      ['department', 'own', 3, 70],
      ['department', 'sample', 2, 90],
    ]);
  });

  it("takes an own unit's latest year and rank ties among own units only", async () => {
    const [context] = await run(engine, buildOverviewContext('tn-b', ['PAR']));
    // The sample's 2023 is not a year in which the user's unit "has no figure"; its rank 1 is no tie.
    expect(context).toMatchObject({ index_latest_year: 2022, tie_count: 1 });
  });
});
