import { describe, expect, it } from 'vitest';
import { type CardModel, notPublishedYears, toCardModels } from '@/features/overview/model/card-model';
import type { OverviewRow } from '@/sql/overview';
import type { OverviewContextRow } from '@/sql/overview-extra';

const row = (changes: Partial<OverviewRow> = {}): OverviewRow => ({
  index_code: 'PAPI',
  latest_year: 2024,
  unit_level: 'province',
  score: 45.5,
  max_score: 80,
  pct_of_max: 56.875,
  status: 'scored',
  previous_year: 2023,
  score_change: 0.12,
  pct_change: 0.26,
  comparable: true,
  not_comparable_reason: null,
  rank: 6,
  rank_source: 'computed',
  previous_rank: 7,
  rank_change: 1,
  rank_comparable: true,
  peer_count: 63,
  peer_quartile: 1,
  ...changes,
});

const context = (changes: Partial<OverviewContextRow> = {}): OverviewContextRow => ({
  index_code: 'PAPI',
  index_latest_year: 2024,
  tie_count: 1,
  top_only_from: null,
  top_n: null,
  kinds: 'published',
  dataset_ids: 'published-papi',
  ...changes,
});

function card(r: OverviewRow | null, c: OverviewContextRow | null = context()): CardModel {
  const [model] = toCardModels([r?.index_code ?? 'PAPI'], r ? [r] : [], c ? [c] : []);
  if (!model) throw new Error('no card');
  return model;
}

describe('toCardModels(indices, rows, contexts)', () => {
  it.each([
    ['a comparable rise', row(), { kind: 'delta', previousYear: 2023, value: 0.12, direction: 'up' }],
    [
      'a fall',
      row({ score_change: -0.18 }),
      { kind: 'delta', previousYear: 2023, value: -0.18, direction: 'down' },
    ],
    [
      'no change',
      row({ score_change: 0 }),
      { kind: 'delta', previousYear: 2023, value: 0, direction: 'same' },
    ],
    [
      'a methodology break (PAPI 2017→2018): not comparable, never a number',
      row({
        latest_year: 2018,
        previous_year: 2017,
        score_change: null,
        comparable: false,
        not_comparable_reason: 'method',
      }),
      { kind: 'not-comparable', previousYear: 2017, reason: 'method' },
    ],
    [
      'a merger: not comparable, with its reason',
      row({
        latest_year: 2025,
        previous_year: 2024,
        score_change: null,
        comparable: false,
        not_comparable_reason: 'merger',
      }),
      { kind: 'not-comparable', previousYear: 2024, reason: 'merger' },
    ],
    [
      'the first year with data',
      row({ previous_year: null, score_change: null, comparable: null }),
      { kind: 'first' },
    ],
    [
      'a previous year with a rank but no score',
      row({ score_change: null }),
      { kind: 'unknown', previousYear: 2023 },
    ],
  ])('shapes the change for %s', (_name, input, expected) => {
    const model = card(input);
    expect(model.kind === 'data' && model.change).toEqual(expected);
  });

  it.each([
    ['a rise of places', row(), { kind: 'delta', previousYear: 2023, places: 1 }, 1],
    ['a tie of three units', row(), { kind: 'delta', previousYear: 2023, places: 1 }, 3],
    [
      'a change of the peer set (63 → 34)',
      row({ latest_year: 2025, previous_year: 2024, rank_comparable: false, rank_change: null }),
      { kind: 'not-comparable', previousYear: 2024 },
      1,
    ],
    ['ranks from different sources', row({ rank_change: null }), { kind: 'none' }, 1],
  ])('shapes the rank for %s', (_name, input, change, ties) => {
    const model = card(input, context({ tie_count: ties }));
    expect(model.kind === 'data' && model.rank).toEqual({
      rank: 6,
      peerCount: 63,
      source: 'computed',
      tiedWith: ties,
      change,
      quartile: 1,
    });
  });

  it('gives an empty card when the unit has no total in the index', () => {
    expect(card(null, null)).toEqual({ kind: 'empty', index: 'PAPI' });
  });

  it('marks a rank-only year (published rank, no score) as such, never as 0', () => {
    const model = card(row({ score: null, pct_of_max: null, status: 'rank_only', score_change: null }));
    expect(model).toMatchObject({ kind: 'data', score: null, rankOnly: true, change: { kind: 'unknown' } });
  });

  it("lists the top-only years after the unit's last figure as not published (PCI 2023+)", () => {
    const pci = row({ index_code: 'PCI', latest_year: 2022, max_score: 100 });
    const model = card(pci, context({ index_code: 'PCI', top_only_from: 2023, top_n: 30 }));
    expect(model).toMatchObject({ kind: 'data', notPublishedYears: [2023, 2024], topN: 30 });
  });

  it('flags sample data and keeps every dataset for the provenance', () => {
    const model = card(row(), context({ kinds: 'published,sample', dataset_ids: 'published-papi,sample-x' }));
    expect(model).toMatchObject({ sample: true, datasetIds: ['published-papi', 'sample-x'] });
  });

  it('keeps the order of the indices asked for', () => {
    const models = toCardModels(['PAR', 'PAPI'], [row()], [context()]);
    expect(models.map((model) => [model.index, model.kind])).toEqual([
      ['PAR', 'empty'],
      ['PAPI', 'data'],
    ]);
  });
});

describe('notPublishedYears(latestYear, context)', () => {
  it.each([
    ['no top-only rule', 2021, context(), []],
    ['the unit published in the last year', 2024, context({ top_only_from: 2023 }), []],
    [
      'only years from the rule on (2021–2022 stay missing)',
      2020,
      context({ top_only_from: 2023 }),
      [2023, 2024],
    ],
    ['no context', 2020, undefined, []],
  ])('%s', (_name, latest, ctx, expected) => {
    expect(notPublishedYears(latest, ctx)).toEqual(expected);
  });
});
