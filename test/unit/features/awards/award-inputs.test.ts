import { describe, expect, it } from 'vitest';
import { parseAdvisingCsv } from '@/domain/awards/advising-registry';
import { bundledRuleSets } from '@/domain/awards/bundled-rule-sets';
import { sampleRegistry } from '@/features/awards/api/sample-registry';
import { resolveAwardInputs } from '@/features/awards/model/award-inputs';
import { parseAwardsParams } from '@/features/awards/model/awards-url';
import type { AwardDataset } from '@/features/awards/model/data-sources';

const DATASETS: AwardDataset[] = [
  { id: 'published-par', kind: 'published', label: 'par', firstYear: 2021, lastYear: 2024, internal: false },
  { id: 'sample-tinh-mau-par', kind: 'sample', label: 'p', firstYear: 2021, lastYear: 2025, internal: true },
  {
    id: 'sample-tinh-mau-sipas',
    kind: 'sample',
    label: 's',
    firstYear: 2021,
    lastYear: 2025,
    internal: true,
  },
  // A province-level import: not internal data, so the sample stays the default.
  { id: 'imp_1', kind: 'imported', label: 'tinh.csv', firstYear: 2021, lastYear: 2022, internal: false },
];
const ruleSets = bundledRuleSets();
const sample = sampleRegistry();
const resolve = (search: string, advisingCsv: string | null = null) =>
  resolveAwardInputs({
    url: parseAwardsParams(new URLSearchParams(search)),
    ruleSets,
    datasets: DATASETS,
    sample,
    advisingFile: advisingCsv === null ? null : parseAdvisingCsv(advisingCsv),
  });

describe('resolveAwardInputs(url, rule sets, datasets, registry, advising file)', () => {
  it.each([
    ['', 'soc-trang-2021-2030', { year: 2025 }, ['sample-tinh-mau-par', 'sample-tinh-mau-sipas'], 'sample'],
    [
      'ruleset=unknown',
      'soc-trang-2021-2030',
      { year: 2025 },
      ['sample-tinh-mau-par', 'sample-tinh-mau-sipas'],
      'sample',
    ],
    ['ruleset=ninh-thuan-2022', 'ninh-thuan-2022', { year: 2022 }, ['published-par'], 'none'],
    ['data=imp_1', 'soc-trang-2021-2030', { year: 2022 }, ['imp_1'], 'none'],
    [
      'data=imp_1&period=2021-2025',
      'soc-trang-2021-2030',
      { period: { from: 2021, to: 2025 } },
      ['imp_1'],
      'none',
    ],
  ])('"%s" → %s, %j on %j, advising map: %s', (search, ruleSetId, context, datasetIds, origin) => {
    const inputs = resolve(search);
    expect(inputs?.ruleSet.id).toBe(ruleSetId);
    expect(inputs?.context).toEqual(context);
    expect(inputs?.datasetIds).toEqual(datasetIds);
    expect(inputs?.advisingOrigin).toBe(origin);
  });

  it("uses the sample's bands and advising map only with the sample data", () => {
    expect(resolve('')?.bands).toBe(sample.bands);
    expect(resolve('')?.advising).toBe(sample.advising);
    const imported = resolve('data=imp_1');
    expect(imported?.bands).toEqual(imported?.ruleSet.bands);
    expect(imported?.advising).toEqual([]);
  });

  it('a loaded advising map wins over the sample one', () => {
    const inputs = resolve('data=imp_1', 'year,component_code,unit_code\n2022,L1,tn-so-noi-vu\nbad line\n');
    expect(inputs?.advisingOrigin).toBe('file');
    expect(inputs?.advising).toEqual([{ year: 2022, component: 'L1', unitCode: 'tn-so-noi-vu' }]);
  });

  it("remembers the choice per rule set: Sóc Trăng's does not move Ninh Thuận off the published figures", () => {
    const offered = ['imp_1', 'published', 'sample'];
    const remembered = { 'soc-trang-2021-2030': { sources: ['imp_1'], offered } };
    const at = (search: string) =>
      resolveAwardInputs({
        url: parseAwardsParams(new URLSearchParams(search)),
        ruleSets,
        datasets: DATASETS,
        sample,
        advisingFile: null,
        remembered,
      })?.datasetIds;
    expect(at('')).toEqual(['imp_1']);
    expect(at('ruleset=ninh-thuan-2022')).toEqual(['published-par']);
    expect(at('data=sample')).toEqual(['sample-tinh-mau-par', 'sample-tinh-mau-sipas']);
  });
});
