/**
 * Machine hints carried by issues. Some are fixed in English by the corpus oracle (expected.json);
 * format-issue.ts maps each to a worded message rather than showing it.
 */
export const BLANK_HEADER_WITH_DATA = 'column has data';
export const UNCLOSED_QUOTE = 'unclosed quote';
export const TEXT_AFTER_QUOTE = 'text after closing quote';
export const XLSX_SIGNATURE = 'xlsx/zip signature';
export const XLS_SIGNATURE = 'xls (OLE2) signature';
