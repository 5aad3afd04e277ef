import type { Delimiter } from '@/sql/staged-file';

/** A record of a small text (header area, wide files): fields unquoted, with its physical start line. */
export interface TextRecord {
  fields: string[];
  line: number;
  /** Char offsets of the record in the text, `end` after its line break. */
  start: number;
  end: number;
}

/**
 * RFC 4180 splitting of a decoded text, for the first kilobytes and for wide files only: a big long
 * file is never split into strings (see record-scanner.ts). A quote inside an unquoted field is kept.
 */
export function splitTextRecords(text: string, delimiter: Delimiter, maxRecords = Number.POSITIVE_INFINITY) {
  const records: TextRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length && records.length < maxRecords) {
    const start = i;
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let atFieldStart = true;
    let inQuotes = false;
    for (; i < text.length; i += 1) {
      const c = text[i];
      if (inQuotes) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 1;
          } else inQuotes = false;
        } else {
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
          field += c;
        }
      } else if (c === '"' && atFieldStart) {
        inQuotes = true;
        atFieldStart = false;
      } else if (c === delimiter) {
        fields.push(field);
        field = '';
        atFieldStart = true;
      } else if (c === '\n' || c === '\r') {
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line += 1;
        break;
      } else {
        field += c;
        atFieldStart = false;
      }
    }
    fields.push(field);
    records.push({ fields, line: startLine, start, end: i });
  }
  return records;
}

/** A record with no content at all (an empty line, spaces only, or only delimiters). */
export function isBlankRecord(record: TextRecord): boolean {
  return record.fields.every((field) => field.trim() === '');
}
