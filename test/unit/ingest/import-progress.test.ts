import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '@/db/engine';
import { importCsv } from '@/ingest/import-csv';
import type { ImportStage } from '@/ingest/progress';
import { monotonicProgress, overallProgress } from '@/ingest/progress';
import { SCHEMA_STATEMENTS } from '@/sql/schema';
import { startNodeEngine } from '../../support/node-engine';

const HEADER = 'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank';
let engine: SqlEngine;

beforeAll(async () => {
  engine = await startNodeEngine();
  await engine.execute(SCHEMA_STATEMENTS);
});

describe('import progress', () => {
  it('moves through the reading stage by bytes read and never backwards', { timeout: 30_000 }, async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `PCI,2010,u${i},Đơn vị số ${i} của tỉnh,province,TOTAL,Tổng,${i % 100}.5,100,`,
    );
    // Many parts: Node streams a Blob part by part (a browser's File in 64 KiB chunks).
    const parts = [`${HEADER}\n`];
    for (let i = 0; i < rows.length; i += 1000) parts.push(`${rows.slice(i, i + 1000).join('\n')}\n`);
    const file = new Blob(parts);
    const reports: [ImportStage, number][] = [];
    const result = await importCsv(
      engine,
      { fileName: 'big.csv', file },
      { datasetId: 'imp_progress', onProgress: (stage, fraction) => reports.push([stage, fraction]) },
    );
    expect(result).toMatchObject({ ok: true, rowCount: 20_000 });
    const reading = reports.filter(([stage]) => stage === 'reading').map(([, fraction]) => fraction);
    // Several steps strictly inside the stage: the bar moves while the bytes are read.
    expect(reading.filter((fraction) => fraction > 0 && fraction < 1).length).toBeGreaterThan(3);
    const overall = reports.map(([stage, fraction]) => overallProgress(stage, fraction));
    for (let i = 1; i < overall.length; i += 1)
      expect(overall[i]).toBeGreaterThanOrEqual(overall[i - 1] ?? 0);
    expect(overall.at(-1)).toBe(1);
  });

  it('drops a step back within a stage and a report of a stage already left', () => {
    const heard: [ImportStage, number][] = [];
    const report = monotonicProgress((stage, fraction) => heard.push([stage, fraction]));
    report('reading', 0.5);
    report('reading', 0.3);
    report('checking', 0);
    report('reading', 1);
    report('checking', 0.7);
    report('checking', 0.7);
    expect(heard).toEqual([
      ['reading', 0.5],
      ['checking', 0],
      ['checking', 0.7],
    ]);
  });
});
