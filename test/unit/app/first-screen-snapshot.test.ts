import { readFileSync } from 'node:fs';
import path from 'node:path';
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DATASETS } from '@/config/datasets';
import { initDatabase } from '@/db/database';
import type { SqlEngine } from '@/db/engine';
import { indexCoverageQuery, indexMediansQuery } from '@/features/index-summary/api/use-index-summary';
import { lineageQuery } from '@/features/overview/api/get-lineage';
import { overviewQuery } from '@/features/overview/api/get-overview';
import { scopeUnitsQuery } from '@/queries/data-scope';
import { defaultHomeUnitQuery } from '@/queries/home-unit';
import { unitsQuery } from '@/queries/units';
import { insertBundledDatasets, insertBundledFiles } from '@/sql/bundled-load';
import { buildFirstScreenSnapshot, type FirstScreenFiles } from '../../../scripts/snapshot/first-screen';
import { DATA, loadCrosswalk, refreshFacts, run, startAnalyticsEngine } from '../../support/load-fixture';

const ROOT = path.resolve(DATA, '..');

/** The live engine, loaded this file's own way (not the build's): all files, then every derived fact. */
async function startLiveEngine(): Promise<SqlEngine> {
  const engine = await startAnalyticsEngine();
  const files = [];
  for (const dataset of BUNDLED_DATASETS) {
    const name = `live-${dataset.id}.csv`;
    await engine.registerFile(name, readFileSync(path.join(DATA, dataset.fileName)));
    files.push({
      ...dataset,
      datasetId: dataset.id,
      label: dataset.label.vi,
      source: 's',
      path: `mem/${name}`,
    });
  }
  await run(engine, insertBundledFiles(files));
  await run(engine, insertBundledDatasets(files));
  await loadCrosswalk(engine, path.join(DATA, 'provinces_2025_crosswalk.csv'));
  await refreshFacts(engine);
  return engine;
}

/** The hook's own query options for a key: the browser's query function, on the live engine. */
function askHook(client: QueryClient, key: QueryKey): Promise<unknown> {
  const [head, second] = key;
  const unit = String(second);
  if (head === 'units') return client.fetchQuery(unitsQuery());
  if (head === 'default-home-unit') return client.fetchQuery(defaultHomeUnitQuery());
  if (head === 'scope-units') return client.fetchQuery(scopeUnitsQuery());
  if (head === 'overview') return client.fetchQuery(overviewQuery(unit));
  if (head === 'overview-lineage') return client.fetchQuery(lineageQuery(unit));
  if (head === 'index-summary' && second === 'medians') return client.fetchQuery(indexMediansQuery());
  if (head === 'index-summary' && second === 'coverage') return client.fetchQuery(indexCoverageQuery());
  throw new Error(`no hook asks with ${JSON.stringify(key)}`);
}

let files: Pick<FirstScreenFiles, 'first' | 'provinces'>;
let client: QueryClient;

beforeAll(async () => {
  // As shipped: the build's answers go through JSON, so a value JSON cannot carry fails here.
  const { first, provinces } = await buildFirstScreenSnapshot(ROOT);
  files = JSON.parse(JSON.stringify({ first, provinces })) as typeof files;
  const live = await startLiveEngine();
  await initDatabase(() => Promise.resolve(live));
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
}, 240_000);

describe('the first-screen snapshot built with the app', () => {
  it('answers the landing screen: units, default unit, index summary, data scope, and that unit’s cards', () => {
    const heads = files.first.answers.map((answer) => answer.key[0]);
    expect(heads).toEqual([
      'units',
      'default-home-unit',
      'index-summary',
      'index-summary',
      'scope-units',
      'overview',
      'overview-lineage',
    ]);
    const defaultUnit = files.first.answers[1]?.data;
    expect(typeof defaultUnit).toBe('string');
    expect(files.first.answers[5]?.key[1]).toBe(defaultUnit);
  });

  it('answers every other province in its own file', () => {
    const units = files.first.answers[0]?.data as { code: string; levels: string[] }[];
    const provinces = units.filter((unit) => unit.levels.includes('province')).length;
    expect(files.provinces.answers).toHaveLength(2 * (provinces - 1));
    expect(provinces).toBeGreaterThan(60);
  });

  it('holds, for every answer, exactly what the live engine answers through the hook', async () => {
    const answers = [...files.first.answers, ...files.provinces.answers];
    for (const { key, data } of answers) {
      const live = await askHook(client, key);
      expect(data, JSON.stringify(key)).toStrictEqual(live);
    }
    // About 400 queries: seconds alone, far more on a busy machine.
  }, 240_000);

  it('keeps the very seeded objects when the live answers come in equal (nothing to draw again)', async () => {
    const seededClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    for (const { key, data } of files.first.answers) seededClient.setQueryData(key, data);
    for (const { key, data } of files.first.answers) {
      // Seeded data is stale in this client, so the hook's own query function runs on the live engine.
      const before = seededClient.getQueryState(key)?.dataUpdatedAt ?? 0;
      await new Promise((resolve) => setTimeout(resolve, 2));
      await askHook(seededClient, key);
      // The cache took the live answer (a newer update) and kept the seeded object itself.
      expect(seededClient.getQueryState(key)?.dataUpdatedAt ?? 0, JSON.stringify(key)).toBeGreaterThan(
        before,
      );
      expect(seededClient.getQueryData(key), JSON.stringify(key)).toBe(data);
    }
  });

  it('is stamped with the data and the SQL it was computed from', () => {
    expect(files.first.stamp.data).toMatch(/^[0-9a-f]{16}$/);
    expect(files.first.stamp.sql).toMatch(/^[0-9a-f]{16}$/);
    expect(files.provinces.stamp).toEqual(files.first.stamp);
  });
});
