import { describe, expect, it } from 'vitest';
import {
  type AwardDataset,
  chosenSources,
  dataSources,
  datasetIdsOf,
  toggleSource,
} from '@/features/awards/model/data-sources';

const ds = (id: string, kind: AwardDataset['kind'], lastYear: number | null): AwardDataset => ({
  id,
  kind,
  label: `${id}.csv`,
  firstYear: 2021,
  lastYear,
});
const DATASETS = [
  ds('published-par', 'published', 2024),
  ds('published-pci', 'published', 2024),
  ds('sample-tinh-mau-par', 'sample', 2025),
  ds('sample-tinh-mau-sipas', 'sample', 2025),
  ds('imp_b', 'imported', 2022),
];

describe('dataSources(datasets)', () => {
  it('groups the sample and the published files, lists each import on its own', () => {
    expect(
      dataSources(DATASETS).map(({ key, datasetIds, lastYear }) => ({ key, datasetIds, lastYear })),
    ).toEqual([
      { key: 'sample', datasetIds: ['sample-tinh-mau-par', 'sample-tinh-mau-sipas'], lastYear: 2025 },
      { key: 'published', datasetIds: ['published-par', 'published-pci'], lastYear: 2024 },
      { key: 'imp_b', datasetIds: ['imp_b'], lastYear: 2022 },
    ]);
  });
});

describe('chosenSources(asked, available, ruleSetId)', () => {
  const available = dataSources(DATASETS);
  it.each([
    ['nothing asked: the sample for Sóc Trăng', null, 'soc-trang-2021-2030', ['sample']],
    ['nothing asked: the published figures for Ninh Thuận', null, 'ninh-thuan-2022', ['published']],
    ['an import asked for', ['imp_b'], 'soc-trang-2021-2030', ['imp_b']],
    ['several, in the order offered', ['imp_b', 'sample'], 'soc-trang-2021-2030', ['sample', 'imp_b']],
    ['a removed import falls back to the default', ['imp_gone'], 'soc-trang-2021-2030', ['sample']],
  ])('%s', (_name, asked, ruleSetId, keys) => {
    expect(chosenSources(asked, available, ruleSetId).map((source) => source.key)).toEqual(keys);
  });

  it('gives sorted, unique dataset ids', () => {
    expect(datasetIdsOf(chosenSources(['imp_b', 'sample'], available, 'x'))).toEqual([
      'imp_b',
      'sample-tinh-mau-par',
      'sample-tinh-mau-sipas',
    ]);
  });
});

describe('toggleSource(current, key)', () => {
  it.each([
    [['sample'], 'imp_b', ['sample', 'imp_b']],
    [['sample', 'imp_b'], 'sample', ['imp_b']],
    [['sample'], 'sample', ['sample']],
  ])('%j toggling %s → %j', (current, key, expected) => {
    expect(toggleSource(current, key)).toEqual(expected);
  });
});
