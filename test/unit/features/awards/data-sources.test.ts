import { describe, expect, it } from 'vitest';
import { parseAwardsParams } from '@/features/awards/model/awards-url';
import {
  type AwardDataset,
  chosenSources,
  dataSources,
  datasetIdsOf,
  parseRememberedChoices,
  sourcesParam,
  toggleSource,
} from '@/features/awards/model/data-sources';

const ds = (
  id: string,
  kind: AwardDataset['kind'],
  lastYear: number | null,
  internal = kind === 'sample',
): AwardDataset => ({ id, kind, label: `${id}.csv`, firstYear: 2021, lastYear, internal });
const DATASETS = [
  ds('published-par', 'published', 2024),
  ds('published-pci', 'published', 2024),
  ds('sample-tinh-mau-par', 'sample', 2025),
  ds('sample-tinh-mau-sipas', 'sample', 2025),
  ds('imp_b', 'imported', 2022),
];
const WITH_OWN = [...DATASETS, ds('imp_own', 'imported', 2024, true)];
const keys = (sources: readonly { key: string }[]) => sources.map((source) => source.key);

describe('dataSources(datasets)', () => {
  it('lists each import on its own first, then the published files and the sample, each grouped', () => {
    expect(
      dataSources(DATASETS).map(({ key, datasetIds, lastYear }) => ({ key, datasetIds, lastYear })),
    ).toEqual([
      { key: 'imp_b', datasetIds: ['imp_b'], lastYear: 2022 },
      { key: 'published', datasetIds: ['published-par', 'published-pci'], lastYear: 2024 },
      { key: 'sample', datasetIds: ['sample-tinh-mau-par', 'sample-tinh-mau-sipas'], lastYear: 2025 },
    ]);
  });
});

describe('chosenSources(asked, available, ruleSetId, remembered)', () => {
  const available = dataSources(DATASETS);
  it.each([
    ['nothing asked: the sample for Sóc Trăng', null, 'soc-trang-2021-2030', ['sample']],
    ['nothing asked: the published figures for Ninh Thuận', null, 'ninh-thuan-2022', ['published']],
    ['an import asked for', ['imp_b'], 'soc-trang-2021-2030', ['imp_b']],
    ['several, in the order offered', ['sample', 'imp_b'], 'soc-trang-2021-2030', ['imp_b', 'sample']],
    ['a removed import falls back to the default', ['imp_gone'], 'soc-trang-2021-2030', ['sample']],
    ['every box cleared: nothing, not a default', [], 'soc-trang-2021-2030', []],
  ])('%s', (_name, asked, ruleSetId, expected) => {
    expect(keys(chosenSources(asked, available, ruleSetId))).toEqual(expected);
  });

  it('own internal data is the default once imported; the sample steps back', () => {
    expect(keys(chosenSources(null, dataSources(WITH_OWN), 'soc-trang-2021-2030'))).toEqual(['imp_own']);
    // The sample is still one choice away.
    expect(keys(chosenSources(['sample'], dataSources(WITH_OWN), 'soc-trang-2021-2030'))).toEqual(['sample']);
  });

  it('the remembered choice stands, until own data arrives that was not on offer then', () => {
    const remembered = { sources: ['sample'], offered: ['imp_b', 'published', 'sample'] };
    expect(keys(chosenSources(null, available, 'soc-trang-2021-2030', remembered))).toEqual(['sample']);
    expect(keys(chosenSources(null, dataSources(WITH_OWN), 'soc-trang-2021-2030', remembered))).toEqual([
      'imp_own',
    ]);
    const afterImport = { sources: ['sample'], offered: ['imp_own', 'imp_b', 'published', 'sample'] };
    expect(keys(chosenSources(null, dataSources(WITH_OWN), 'soc-trang-2021-2030', afterImport))).toEqual([
      'sample',
    ]);
    // The permalink wins over the browser's memory.
    expect(keys(chosenSources(['imp_b'], available, 'x', remembered))).toEqual(['imp_b']);
  });

  it('gives sorted, unique dataset ids', () => {
    expect(datasetIdsOf(chosenSources(['imp_b', 'sample'], available, 'x'))).toEqual([
      'imp_b',
      'sample-tinh-mau-par',
      'sample-tinh-mau-sipas',
    ]);
  });
});

describe('toggleSource(current, key) and the permalink', () => {
  it.each([
    [['sample'], 'imp_b', ['sample', 'imp_b']],
    [['sample', 'imp_b'], 'sample', ['imp_b']],
    [['sample'], 'sample', []],
  ])('%j toggling %s → %j', (current, key, expected) => {
    expect(toggleSource(current, key)).toEqual(expected);
  });

  it('an empty choice survives the round trip through the URL', () => {
    expect(sourcesParam([])).toBe('none');
    expect(parseAwardsParams(new URLSearchParams(`data=${sourcesParam([])}`)).sources).toEqual([]);
    expect(parseAwardsParams(new URLSearchParams(`data=${sourcesParam(['a', 'b'])}`)).sources).toEqual([
      'a',
      'b',
    ]);
  });

  it('reads the remembered choices by rule set, dropping damaged ones', () => {
    expect(parseRememberedChoices('{"x":{"sources":["a"],"offered":["a","b"]},"y":{"sources":"a"}}')).toEqual(
      { x: { sources: ['a'], offered: ['a', 'b'] } },
    );
    expect(parseRememberedChoices('not json')).toEqual({});
    expect(parseRememberedChoices(null)).toEqual({});
  });
});
