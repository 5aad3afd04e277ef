import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { insertBundledDatasets, insertBundledFiles } from '@/sql/bundled-load';
import { buildMedianTotals, MIN_SUMMARY_UNITS } from '@/sql/index-summary';
import { REFERENCE_TABLE_NAMES } from '@/sql/reference-tables';
import { run, startAnalyticsEngine } from '../../support/load-fixture';

const HEADER = 'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank';
const line = (index: string, year: number, unit: string, score: number | '') =>
  `${index},${year},${unit},${unit},province,TOTAL,Total,${score},100,`;

/** Loads CSV text as one dataset of the given kind (no file system involved). */
async function load(engine: SqlEngine, id: string, kind: 'published' | 'sample', lines: string[]) {
  const name = `${id}.csv`;
  await engine.registerFile(name, new TextEncoder().encode([HEADER, ...lines].join('\n')));
  await run(
    engine,
    insertBundledDatasets([{ datasetId: id, kind: kind, label: id, fileName: name, source: 'test' }]),
  );
  await run(engine, insertBundledFiles([{ datasetId: id, path: `mem/${name}` }]));
}

const PUBLISHED_2022 = [60, 70, 80, 90, 50, 65];
let engine: SqlEngine;
beforeAll(async () => {
  engine = await startAnalyticsEngine();
  await load(engine, 'pub', 'published', [
    // PAPI 2022: six provinces, median 67.5; 2021: four provinces only; a blank score is not a unit.
    ...PUBLISHED_2022.map((score, i) => line('PAPI', 2022, `p${i}`, score)),
    ...[40, 50, 60, 70].map((score, i) => line('PAPI', 2021, `p${i}`, score)),
    line('PAPI', 2021, 'p9', ''),
    // PCI 2024 is a top-only year (the catalogue: top 30 from 2023): no median even over six.
    ...[70, 69, 68, 67, 66, 65].map((score, i) => line('PCI', 2024, `p${i}`, score)),
    ...[60, 61, 62, 63, 64].map((score, i) => line('PCI', 2022, `p${i}`, score)),
  ]);
  // A sample province far from the others: were it pooled, the 2022 median would move.
  await load(engine, 'smp', 'sample', [line('PAPI', 2022, 'tinh-mau', 1), line('PAPI', 2025, 'tinh-mau', 2)]);
}, 60_000);

const levels = [
  { index: 'PAPI', level: 'province' },
  { index: 'PCI', level: 'province' },
];

async function rows() {
  return run(engine, buildMedianTotals(levels));
}

describe('buildMedianTotals', () => {
  it('binds every value', () => {
    const q = buildMedianTotals(levels);
    expect(q.text).not.toContain('PAPI');
    expect(q.params).toContain(MIN_SUMMARY_UNITS);
  });

  it('reads no reference table, so the first chart never waits for the derived passes', () => {
    const { text } = buildMedianTotals(levels);
    for (const table of REFERENCE_TABLE_NAMES) expect(text).not.toContain(table);
  });

  it('never pools sample with published figures: one row per kind, each over its own units', async () => {
    const papi2022 = (await rows()).filter((r) => r.index_code === 'PAPI' && r.year === 2022);
    expect(papi2022).toHaveLength(2);
    const published = papi2022.find((r) => r.kind === 'published');
    const sample = papi2022.find((r) => r.kind === 'sample');
    expect(published).toMatchObject({ units: 6, official_units: 63, top_n: null, median_pct: 67.5 });
    // One sample unit: counted, but no median.
    expect(sample).toMatchObject({ units: 1, median_pct: null });
  });

  it('gives no median over fewer than five units, and says how many there are', async () => {
    const papi2021 = (await rows()).find((r) => r.index_code === 'PAPI' && r.year === 2021);
    expect(papi2021).toMatchObject({ kind: 'published', units: 4, median_pct: null, official_units: 63 });
    const pci2022 = (await rows()).find((r) => r.index_code === 'PCI' && r.year === 2022);
    expect(pci2022).toMatchObject({ units: 5, median_pct: 62 });
  });

  it('gives no median in a top-only year, and carries the size of the release', async () => {
    const pci2024 = (await rows()).find((r) => r.index_code === 'PCI' && r.year === 2024);
    expect(pci2024).toMatchObject({ units: 6, official_units: 63, top_n: 30, median_pct: null });
  });

  it('takes the number of provinces from the catalogue: 34 from 2025', async () => {
    const papi2025 = (await rows()).find((r) => r.index_code === 'PAPI' && r.year === 2025);
    expect(papi2025).toMatchObject({ kind: 'sample', units: 1, official_units: 34 });
  });
});
