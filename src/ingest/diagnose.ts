import type { SqlConnection } from '@/db/engine';
import { readRows } from '@/db/rows';
import { CATALOGUE, INDEX_CODES } from '@/domain/catalogue';
import { createStaging, selectImportErrors } from '@/sql/import-diagnose';
import type { LoadSource } from '@/sql/import-load';
import { MAX_LISTED_ISSUES } from './issue-list';
import type { ImportIssue, Prepared } from './types';

const KEY_COLUMNS = ['index', 'year', 'unit_code', 'component_code'];
const SHOWN_VALUE = 200;

function shown(value: string | null): string | undefined {
  if (value === null) return undefined;
  return value.length > SHOWN_VALUE ? `${value.slice(0, SHOWN_VALUE)}…` : value;
}

const READER_LINE = /\bline:?\s*(\d+)/i;

/**
 * DuckDB's reader refused the prepared CSV: a worded format error, with the physical line when its
 * text names one and records are one line each (then the CSV's line n is record n - 2); its own text
 * only as the technical detail.
 */
export function readerIssue(error: unknown, prepared: Pick<Prepared, 'recordLines'>): ImportIssue {
  const detail = error instanceof Error ? error.message : String(error);
  const issue: ImportIssue = { code: 'format-error', detail };
  const named = READER_LINE.exec(detail);
  const line = named ? prepared.recordLines[Number(named[1]) - 2] : undefined;
  if (line !== undefined) issue.line = line;
  return issue;
}

/** After a rollback: stage the file as text and list every error with its line and column. */
export async function diagnose(
  engine: SqlConnection,
  prepared: Prepared,
  source: LoadSource,
  datasetId: string,
): Promise<{ errors: ImportIssue[]; errorCount: number }> {
  const staging = createStaging(prepared, source);
  try {
    await engine.query(staging.text, staging.params);
  } catch (error) {
    return { errors: [readerIssue(error, prepared)], errorCount: 1 };
  }
  const found = selectImportErrors(datasetId, prepared, INDEX_CODES, CATALOGUE.levels, MAX_LISTED_ISSUES);
  const rows = await readRows(engine, found);
  const errors = rows.map((row) => {
    const issue: ImportIssue = { code: row.code, line: row.line };
    if (row.code === 'duplicate-key') issue.column = KEY_COLUMNS;
    else if (row.col !== null) issue.column = row.col;
    const value = shown(row.value);
    if (value !== undefined) issue.value = value;
    if (row.first_line !== null) issue.firstLine = row.first_line;
    const hint = shown(row.hint);
    if (hint !== undefined) issue.hint = hint;
    return issue;
  });
  const errorCount = rows[0]?.total ?? 0;
  if (errorCount === 0) return { errors: [{ code: 'import-failed' }], errorCount: 1 };
  return { errors, errorCount };
}
