// Answers the first screen at build time: DuckDB in Node over the bundled files, through the app's own
// query functions (src/app/first-screen-queries.ts). The vite plugin writes the result as an asset.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BundledTables } from '@/app/bundled-tables';
import { FIRST_SCREEN_FORMAT, type FirstScreenSnapshot } from '@/app/first-screen-format';
import { answerFirstScreen } from '@/app/first-screen-queries';
import type { SqlParam } from '@/db/engine';
import { startNodeEngine } from '@/db/node-engine';
import type { SqlReader } from '@/db/rows';
import { buildBundledTables, firstScreenDataFiles, loadBundledData } from './load-bundled';

const sha256 = () => createHash('sha256');

/** A hash of every data file the answers read, name and bytes. */
export function hashDataFiles(dataDir: string): string {
  const hash = sha256();
  for (const file of firstScreenDataFiles()) {
    hash.update(`${file}\n`);
    hash.update(readFileSync(path.join(dataDir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Passes queries on and hashes each text with its parameters, in the order they were asked. */
function recording(reader: SqlReader): { reader: SqlReader; digest: () => string } {
  const seen = new Set<string>();
  return {
    reader: {
      query(text: string, params: readonly SqlParam[] = []) {
        seen.add(JSON.stringify([text, params]));
        return reader.query(text, params);
      },
    },
    digest: () => {
      const hash = sha256();
      for (const entry of [...seen].sort()) hash.update(`${entry}\n`);
      return hash.digest('hex').slice(0, 16);
    },
  };
}

/**
 * What the build ships for the start: the landing screen's answers, every other province's cards, and
 * the bundled tables those answers were computed over.
 */
export interface FirstScreenFiles {
  readonly first: FirstScreenSnapshot;
  readonly provinces: FirstScreenSnapshot;
  readonly tables: BundledTables;
}

export async function buildFirstScreenSnapshot(rootDir: string): Promise<FirstScreenFiles> {
  const dataDir = path.join(rootDir, 'data');
  const tables = await buildBundledTables(dataDir);
  const engine = await startNodeEngine();
  await loadBundledData(engine, tables);
  const { reader, digest } = recording(engine);
  const { first, provinces } = await answerFirstScreen(reader);
  const stamp = { data: hashDataFiles(dataDir), sql: digest() };
  return {
    first: { format: FIRST_SCREEN_FORMAT, stamp, answers: first },
    provinces: { format: FIRST_SCREEN_FORMAT, stamp, answers: provinces },
    tables,
  };
}
