import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { readRows } from '@/db/rows';
import { toCardModels } from '@/features/overview/model/card-model';
import { toSparkModel } from '@/features/overview/model/spark-model';
import { buildOverview } from '@/sql/overview';
import { buildOverviewContext, buildOverviewSeries } from '@/sql/overview-extra';
import {
  DATA,
  explain,
  loadCrosswalk,
  loadScores,
  refreshFacts,
  startAnalyticsEngine,
} from '../../../support/load-fixture';

let engine: SqlEngine;

/** Three districts, two of them with the same total: RANK() gives both rank 2. */
function writeTieFixture(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'overview-')), 'ddci-tie.csv');
  const head = 'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank';
  const line = (unit: string, score: number) =>
    `DDCI,2021,${unit},${unit},district,TOTAL,Total,${score},100,`;
  writeFileSync(file, [head, line('tie-a', 80), line('tie-b', 70), line('tie-c', 70), ''].join('\n'));
  return file;
}
beforeAll(async () => {
  engine = await startAnalyticsEngine();
  await loadScores(engine, `${DATA}/papi.csv`);
  await loadScores(engine, `${DATA}/pci.csv`);
  await loadCrosswalk(engine, `${DATA}/provinces_2025_crosswalk.csv`);
  await loadScores(engine, writeTieFixture());
  await refreshFacts(engine);
}, 60_000);

async function overviewOf(unit: string) {
  const contexts = await readRows(engine, buildOverviewContext(unit, ['PAPI', 'PCI']));
  const series = await readRows(engine, buildOverviewSeries(unit, ['PAPI', 'PCI']));
  const rows = await readRows(engine, buildOverview(unit, ['PAPI', 'PCI']));
  return { contexts, series, cards: toCardModels(['PAPI', 'PCI'], rows, contexts) };
}

/** TOTAL of one province and year, read straight from the CSV text (no SQL involved). */
function csvTotal(file: string, index: string, unit: string, year: number): number {
  const line = readFileSync(`${DATA}/${file}`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${index},${year},${unit},`) && l.includes(',TOTAL,'));
  const cells = line?.split(',') ?? [];
  return Number(cells[cells.length - 3]);
}

describe('buildOverviewContext(unit) and buildOverviewSeries(unit) on the bundled data', () => {
  it('binds every value and is accepted by DuckDB', async () => {
    for (const q of [buildOverviewContext('ha-tinh'), buildOverviewSeries('ha-tinh')]) {
      expect(q.text).not.toContain('ha-tinh');
      expect((await explain(engine, q)).length).toBeGreaterThan(0);
    }
  });

  it("gives Hà Tĩnh's PAPI card the change computed by hand from the CSV", async () => {
    const { cards } = await overviewOf('ha-tinh');
    const expected =
      csvTotal('papi.csv', 'PAPI', 'ha-tinh', 2024) - csvTotal('papi.csv', 'PAPI', 'ha-tinh', 2023);
    const papi = cards.find((card) => card.index === 'PAPI');
    expect(papi).toMatchObject({ kind: 'data', year: 2024, change: { kind: 'delta', previousYear: 2023 } });
    expect(papi?.kind === 'data' && papi.change.kind === 'delta' && papi.change.value).toBeCloseTo(
      expected,
      9,
    );
  });

  it('cuts the PAPI sparkline at the 2018 break (Quảng Ninh) and says "not published" for PCI 2023 (Bình Phước)', async () => {
    const { series } = await overviewOf('quang-ninh');
    const papi = toSparkModel('PAPI', series);
    expect(papi.keys).toEqual(['s0', 's1']);
    expect(papi.data.find((d) => d.year === 2018)?.s0).toBeNull();
    const pci = toSparkModel('PCI', series);
    // Quảng Ninh's 2023 total is published (71.25, first of the top five): a scored point.
    expect(pci.years.find((y) => y.year === 2023)?.score).toBe(
      csvTotal('pci.csv', 'PCI', 'quang-ninh', 2023),
    );
    expect(pci.years.find((y) => y.year === 2024)?.score).toBe(
      csvTotal('pci.csv', 'PCI', 'quang-ninh', 2024),
    );
    // Bình Phước has no 2023 row: outside the top 30 the publisher released, so "not published".
    const other = await overviewOf('binh-phuoc');
    const otherPci = toSparkModel('PCI', other.series);
    expect(otherPci.years.find((y) => y.year === 2023)?.status).toBe('not_published');
    expect(otherPci.years.find((y) => y.year === 2022)?.score).toBe(
      csvTotal('pci.csv', 'PCI', 'binh-phuoc', 2022),
    );
  });

  it("fills the sparkline's years in SQL: every year from the first figure to the unit's own last", async () => {
    const { series } = await overviewOf('binh-phuoc');
    for (const index of ['PAPI', 'PCI'] as const) {
      const years = series.filter((row) => row.index_code === index).map((row) => row.year);
      const first = years[0] ?? 0;
      expect(years).toEqual(years.map((_, i) => first + i));
      for (const row of series.filter((r) => r.index_code === index && r.score === null && r.rank === null))
        expect(row.status).toBe(index === 'PCI' && row.year >= 2023 ? 'not_published' : 'missing');
    }
    // PAPI publishes every province: the series ends with the unit's own last figure.
    const papi = series.filter((row) => row.index_code === 'PAPI');
    expect(papi.at(-1)?.status).toBe('scored');
  });

  it("counts the units sharing the home unit's rank, so the card can say 'đồng hạng'", async () => {
    const [tied] = await readRows(engine, buildOverviewContext('tie-b', ['DDCI']));
    expect(tied).toMatchObject({ index_code: 'DDCI', tie_count: 2, index_latest_year: 2021 });
    const [alone] = await readRows(engine, buildOverviewContext('tie-a', ['DDCI']));
    expect(alone?.tie_count).toBe(1);
  });
});
