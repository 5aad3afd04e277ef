import type { ImportIssue } from './types';

/** The i18next `t` shape this needs; pass `i18n.t` bound to the import messages. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

const MAX_SHOWN = 120;

function columnText(column: ImportIssue['column']): string | undefined {
  if (column === undefined) return undefined;
  return Array.isArray(column) ? column.join(', ') : String(column);
}

/** Plain text for one issue: "Dòng 8, cột score: giá trị “0x55” …". Render it as text, never as HTML. */
export function formatIssue(issue: ImportIssue, t: Translate): string {
  const column = columnText(issue.column);
  const value =
    issue.value !== undefined && issue.value.length > MAX_SHOWN
      ? `${issue.value.slice(0, MAX_SHOWN)}…`
      : issue.value;
  const params: Record<string, string | number> = {};
  if (issue.line !== undefined) params.line = issue.line;
  if (column !== undefined) params.column = column;
  if (value !== undefined) params.value = value;
  params.hint = issue.hint ?? '';
  if (issue.count !== undefined) params.count = issue.count;
  if (issue.firstLine !== undefined) params.firstLine = issue.firstLine;
  const body = t(issue.code, params);
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
