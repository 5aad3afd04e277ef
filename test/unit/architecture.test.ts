import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

// Type-only imports (`import type`) vanish at run time; they may name a row shape across layers.
const IMPORT =
  /(?:import(?!\s+type\s)|export(?!\s+type\s))\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module a file imports at run time, resolved to a path under src/ where it is one of ours. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => {
    const spec = match[1] ?? match[2] ?? '';
    if (spec.startsWith('@/')) return `src/${spec.slice(2)}`;
    if (spec.startsWith('.'))
      return path.relative(path.resolve(SRC, '..'), path.resolve(path.dirname(file), spec));
    return spec;
  });
}

const files = sourceFiles(SRC).map((file) => ({
  file: path.relative(path.resolve(SRC, '..'), file),
  imports: importsOf(file),
}));

function violations(
  applies: (file: string) => boolean,
  forbidden: (spec: string, file: string) => boolean,
): string[] {
  return files
    .filter(({ file }) => applies(file))
    .flatMap(({ file, imports }) =>
      imports.filter((spec) => forbidden(spec, file)).map((spec) => `${file} → ${spec}`),
    );
}

const featureOf = (file: string) => /^src\/features\/([^/]+)\//.exec(file)?.[1];

describe('the layers import one way: db → sql → domain → features → app', () => {
  it('keeps DuckDB behind src/db', () => {
    expect(
      violations(
        (file) => !file.startsWith('src/db/'),
        (spec) => spec.startsWith('@duckdb/'),
      ),
    ).toEqual([]);
  });

  it('keeps db free of every layer above it', () => {
    expect(
      violations(
        (file) => file.startsWith('src/db/'),
        (spec) => /^src\/(sql|domain|features|app|queries|components|ingest)\//.test(spec),
      ),
    ).toEqual([]);
  });

  it('keeps sql and domain pure: no React, no features, no app', () => {
    expect(
      violations(
        (file) => /^src\/(sql|domain)\//.test(file),
        (spec) => spec === 'react' || /^src\/(features|app|queries|components)\//.test(spec),
      ),
    ).toEqual([]);
  });

  it('lets no component touch DuckDB or SQL directly', () => {
    expect(
      violations(
        (file) => /^src\/(components|features\/[^/]+\/components)\//.test(file),
        (spec) => /^src\/(db|sql)\//.test(spec),
      ),
    ).toEqual([]);
  });

  it('keeps features from importing each other', () => {
    expect(
      violations(
        (file) => featureOf(file) !== undefined,
        (spec, file) => spec.startsWith('src/features/') && featureOf(spec) !== featureOf(file),
      ),
    ).toEqual([]);
  });

  it('lets nothing below the app import the app', () => {
    expect(
      violations(
        (file) => !/^src\/(app\/|main\.tsx)/.test(file),
        (spec) => spec.startsWith('src/app/'),
      ),
    ).toEqual([]);
  });
});
