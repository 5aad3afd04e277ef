import type { Translate } from '@/domain/translate';
import { LEGACY_HINT } from './decode';
import { EXPECTED_HEADER } from './header';
import {
  BLANK_HEADER_WITH_DATA,
  TEXT_AFTER_QUOTE,
  UNCLOSED_QUOTE,
  XLS_SIGNATURE,
  XLSX_SIGNATURE,
} from './hints';
import type { ImportIssue } from './types';

const MAX_SHOWN = 120;
const CELL_COUNTS = /^(\d+)\/(\d+)$/;
const PER_COLUMN = new Set(['year', 'score', 'max_score', 'rank']);

function columnText(column: ImportIssue['column']): string | undefined {
  if (column === undefined) return undefined;
  return Array.isArray(column) ? column.join(', ') : String(column);
}

/**
 * Hints are machine text (the corpus oracle fixes some in English): they pick a worded message
 * instead of being pasted into a Vietnamese sentence.
 */
function messageKey(issue: ImportIssue): string {
  const { code, hint = '', column } = issue;
  switch (code) {
    case 'encoding-error':
      if (hint === LEGACY_HINT) return 'encoding-error-legacy';
      return hint.startsWith('utf-16') ? 'encoding-error-utf16' : code;
    case 'format-error':
      if (hint === XLSX_SIGNATURE) return 'format-error-xlsx';
      return hint === XLS_SIGNATURE ? 'format-error-xls' : code;
    case 'missing-value':
      return CELL_COUNTS.test(hint) ? 'missing-cells' : code;
    case 'invalid-quotes':
      if (hint === UNCLOSED_QUOTE) return 'invalid-quotes-unclosed';
      return hint === TEXT_AFTER_QUOTE ? 'invalid-quotes-after' : code;
    case 'blank-header':
      return hint === BLANK_HEADER_WITH_DATA ? 'blank-header-data' : code;
    case 'constraint-error':
      // A negative score with no maximum has no bound to name.
      if (column === 'score' && !hint) return code;
      return typeof column === 'string' && PER_COLUMN.has(column) ? `${code}-${column}` : code;
    case 'type-error':
      return typeof column === 'string' && PER_COLUMN.has(column) ? `${code}-${column}` : code;
    default:
      return code;
  }
}

const MAX_DETAIL = 300;

/** The technical-details line of an issue (engine text, shortened), or null: never worded, never HTML. */
export function issueDetail(issue: ImportIssue): string | null {
  const detail = issue.detail?.trim();
  if (!detail) return null;
  return detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL)}…` : detail;
}

/** Rows in millions, one decimal at most, with the language's decimal mark ("1,5" / "1.5"). */
function millions(rows: number, mark: string): string {
  return String(Math.round(rows / 100_000) / 10).replace('.', mark);
}

/** Plain text for one issue: "Dòng 8, cột score: giá trị “0x55” …". Render it as text, never as HTML. */
export function formatIssue(issue: ImportIssue, t: Translate): string {
  const column = columnText(issue.column);
  const value =
    issue.value !== undefined && issue.value.length > MAX_SHOWN
      ? `${issue.value.slice(0, MAX_SHOWN)}…`
      : issue.value;
  const params: Record<string, string | number> = { expected: EXPECTED_HEADER };
  if (issue.line !== undefined) params.line = issue.line;
  if (column !== undefined) params.column = column;
  if (value !== undefined) params.value = value;
  params.hint = issue.hint ?? '';
  const cells = CELL_COUNTS.exec(params.hint);
  if (cells) [params.cells, params.headerCells] = [Number(cells[1]), Number(cells[2])];
  if (issue.count !== undefined) params.count = issue.count;
  if (issue.firstLine !== undefined) params.firstLine = issue.firstLine;
  if (issue.code === 'too-large' && issue.count !== undefined) {
    params.rows = millions(issue.count, t('decimal-mark'));
    params.limit = millions(Number(issue.hint), t('decimal-mark'));
  }
  const body = t(messageKey(issue), params);
  // A list of columns (a key, trimmed columns) is worded by the message body, not the location.
  const located = Array.isArray(issue.column);
  const where =
    issue.line !== undefined && column !== undefined && !located
      ? t('at.lineColumn', params)
      : issue.line !== undefined
        ? t('at.line', params)
        : column !== undefined && !located
          ? t('at.column', params)
          : '';
  return where ? `${where}: ${body}` : body.charAt(0).toUpperCase() + body.slice(1);
}
