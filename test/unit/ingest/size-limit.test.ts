import { describe, expect, it } from 'vitest';
import type { Translate } from '@/domain/translate';
import { importMessages } from '@/i18n/import-messages';
import { formatIssue } from '@/ingest/format-issue';
import { estimateRows, MAX_IMPORT_ROWS, tooLarge } from '@/ingest/size-limit';

const translator =
  (messages: Record<string, string>): Translate =>
  (key, params = {}) =>
    (messages[key] ?? `MISSING ${key}`).replace(/\{\{(\w+)\}\}/g, (_m, name: string) =>
      String(params[name] ?? ''),
    );

const lines = (count: number, ending: string) =>
  new TextEncoder().encode(`${'x'.repeat(99)}${ending}`.repeat(count));

describe('the up-front size check', () => {
  it('estimates rows from the file size and the line length of its first bytes, whatever the line ends', () => {
    expect(estimateRows(100_000_000, lines(600, '\n'))).toBe(1_000_000);
    expect(estimateRows(101_000_000, lines(600, '\r\n'))).toBe(1_000_000);
    expect(estimateRows(100_000_000, lines(600, '\r'))).toBe(1_000_000);
    expect(estimateRows(5_000, new TextEncoder().encode('no line end'))).toBe(0);
  });

  it('refuses only a clear excess by estimate, and any excess by the scan count, counting loaded rows', () => {
    expect(tooLarge(MAX_IMPORT_ROWS, 0, false)).toBeNull();
    expect(tooLarge(MAX_IMPORT_ROWS + 1, 0, false)).toMatchObject({ code: 'too-large' });
    expect(tooLarge(MAX_IMPORT_ROWS * 1.1, 0, true)).toBeNull();
    expect(tooLarge(MAX_IMPORT_ROWS * 1.2, 0, true)).toMatchObject({ code: 'too-large' });
    expect(tooLarge(MAX_IMPORT_ROWS / 2 + 1, MAX_IMPORT_ROWS / 2, false)).toMatchObject({
      code: 'too-large',
    });
  });

  it('words the refusal with both sizes in millions, in each language', () => {
    const issue = tooLarge(8_000_000, 0, true);
    if (!issue) throw new Error('not refused');
    const limit = String(Math.round(MAX_IMPORT_ROWS / 100_000) / 10);
    expect(formatIssue(issue, translator(importMessages.vi))).toBe(
      `Tệp có khoảng 8 triệu dòng, vượt giới hạn khoảng ${limit.replace('.', ',')} triệu dòng của trình duyệt này; hãy chia tệp theo năm (hoặc theo chỉ số) rồi nhập từng phần. Chưa có gì được lưu.`,
    );
    expect(formatIssue({ ...issue, count: 2_540_000 }, translator(importMessages.en))).toMatch(
      /^The file has about 2\.5 million rows, over this browser’s limit of about [\d.]+ million rows; split the file by year/,
    );
  });
});
