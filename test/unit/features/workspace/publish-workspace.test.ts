import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packWorkspace } from '@/features/workspace/api/pack-workspace';

const SCRIPT = path.resolve(import.meta.dirname, '../../../../scripts/publish-workspace.mjs');
const CSV =
  'index,year,unit_code,unit_name,unit_level,component_code,component_name,score,max_score,rank,block\nPAR,2024,so-a,Sở A,department,TOTAL,Tổng,88,100,,department\n';

async function workspaceZip(): Promise<Uint8Array> {
  const blob = await packWorkspace({
    datasets: [
      {
        datasetId: 'imp_a',
        label: 'so-a.csv',
        fileName: 'so-a.csv',
        addedAt: '2026-12-01T00:00:00.000Z',
        rows: 1,
        csv: strToU8(CSV),
      },
    ],
    settings: { localStorage: { 'rid.homeUnit': 'so-a' }, indexedDb: {} },
    appVersion: '0.1.0',
    createdAt: '2026-12-02T10:00:00.000Z',
  });
  return new Uint8Array(await blob.arrayBuffer());
}

function publish(zip: Uint8Array) {
  const folder = mkdtempSync(path.join(tmpdir(), 'publish-'));
  const file = path.join(folder, 'workspace.zip');
  writeFileSync(file, zip);
  const out = path.join(folder, 'out');
  return { out, result: spawnSync(process.execPath, [SCRIPT, file, out], { encoding: 'utf8' }) };
}

describe('npm run publish-workspace', () => {
  it('unpacks the datasets and settings with a SOURCES.md naming each file', async () => {
    const { out, result } = publish(await workspaceZip());
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(out, 'imp_a.csv'), 'utf8')).toBe(CSV);
    expect(JSON.parse(readFileSync(path.join(out, 'settings.json'), 'utf8'))).toMatchObject({
      localStorage: { 'rid.homeUnit': 'so-a' },
    });
    const sources = readFileSync(path.join(out, 'SOURCES.md'), 'utf8');
    expect(sources).toContain('| imp_a.csv | so-a.csv | so-a.csv | 1 |');
    expect(sources).toContain('2026-12-02T10:00:00.000Z');
  });

  it('refuses an edited part and writes nothing', async () => {
    const files = unzipSync(await workspaceZip());
    files['datasets/imp_a.csv'] = strToU8(
      strFromU8(files['datasets/imp_a.csv'] ?? new Uint8Array()).replace('88', '99'),
    );
    const { out, result } = publish(zipSync(files));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('datasets/imp_a.csv was changed');
    expect(existsSync(out)).toBe(false);
  });
});
