import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules live in eslint.config.mjs and run over src/ in `npm run lint`. Here each rule is shown
// to fail a file that breaks it, and to pass its lawful neighbour, so a rule cannot silently stop biting.
const eslint = new ESLint({ cwd: path.resolve(__dirname, '../../..') });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'boundaries/dependencies')
    .map((message) => message.message);
}

const CASES: readonly [rule: string, file: string, forbidden: string, allowed: string][] = [
  [
    'db imports no project code but domain types',
    'src/db/probe.ts',
    "import { run } from '@/sql/query';",
    "import type { IndexCode } from '@/domain/catalogue';",
  ],
  [
    'db imports domain only as types',
    'src/db/probe.ts',
    "import { INDEX_CODES } from '@/domain/catalogue';",
    "import type { IndexCode } from '@/domain/catalogue';",
  ],
  [
    'sql does not reach up into ingest, even for a type',
    'src/sql/probe.ts',
    "import type { Prepared } from '@/ingest/types';",
    "import type { StagedFile } from '@/sql/staged-file';",
  ],
  [
    'domain holds no words',
    'src/domain/probe.ts',
    "import { formatScore } from '@/i18n/format';",
    "import type { IndexCode } from '@/domain/catalogue';",
  ],
  [
    'domain holds no React',
    'src/domain/probe.ts',
    "import { useState } from 'react';",
    "import { foldForSearch } from '@/domain/text';",
  ],
  [
    'shared components do not read queries',
    'src/components/ui/probe.tsx',
    "import { useUnits } from '@/queries/units';",
    "import { searchUnits } from '@/domain/units';",
  ],
  [
    'features do not import each other',
    'src/features/trends/components/probe.tsx',
    "import { awardsMessages } from '@/features/awards/messages';",
    "import { trendsMessages } from '@/features/trends/messages';",
  ],
  [
    'a screen component does not run SQL',
    'src/features/trends/components/probe.tsx',
    "import { run } from '@/db/database';",
    "import type { ChangeFacts } from '@/sql/yoy-deltas';",
  ],
  [
    'DuckDB stays behind db',
    'src/lib/probe.ts',
    "import * as duckdb from '@duckdb/duckdb-wasm';",
    "import Papa from 'papaparse';",
  ],
];

describe('the boundary check (eslint-plugin-boundaries) fails an import that breaks a layer rule', () => {
  it.each(CASES)('%s', async (_rule, file, forbidden, allowed) => {
    expect(await boundaryErrors(file, `${forbidden}\n`)).toHaveLength(1);
    expect(await boundaryErrors(file, `${allowed}\n`)).toEqual([]);
  });
});
