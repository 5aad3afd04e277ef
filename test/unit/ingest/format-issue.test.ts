import { describe, expect, it } from 'vitest';
import type { Translate } from '@/domain/translate';
import { importMessages } from '@/i18n/import-messages';
import { formatIssue } from '@/ingest/format-issue';

/** i18next-style interpolation, enough to check the messages without starting i18next. */
function translator(messages: Record<string, string>): Translate {
  return (key, params = {}) =>
    (messages[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(params[name] ?? ''));
}

describe('formatIssue(issue, t)', () => {
  it('puts line and column first, in Vietnamese', () => {
    const text = formatIssue(
      { code: 'type-error', line: 7, column: 'score', value: '0x55' },
      translator(importMessages.vi),
    );
    expect(text).toBe(
      'Dòng 7, cột score: điểm “0x55” không phải là số. Ô trống hoặc “-” được hiểu là chưa có số liệu.',
    );
  });

  it('names both lines of a duplicate key', () => {
    const text = formatIssue(
      {
        code: 'duplicate-key',
        line: 11,
        column: ['index', 'year', 'unit_code', 'component_code'],
        firstLine: 6,
      },
      translator(importMessages.en),
    );
    expect(text).toBe(
      'Line 11: same key (index, year, unit code, component code) as line 6 but different values.',
    );
  });

  it('words the wide-layout hint in Vietnamese, naming the expected header', () => {
    const text = formatIssue(
      { code: 'layout-wide', line: 1, hint: 'expected header: index,year' },
      translator(importMessages.vi),
    );
    expect(text).toContain('tiêu đề mong đợi: index,year,unit_code,');
    expect(text).not.toMatch(/expected|header:/);
  });

  it('replaces English machine hints by worded messages', () => {
    const vi = translator(importMessages.vi);
    const legacy = formatIssue(
      {
        code: 'encoding-error',
        line: 2,
        hint: 'legacy Vietnamese encoding (TCVN3/VNI) suspected: re-save as CSV UTF-8',
      },
      vi,
    );
    expect(legacy).toMatch(/^Dòng 2: tệp có vẻ dùng bảng mã tiếng Việt cũ/);
    expect(formatIssue({ code: 'format-error', hint: 'xlsx/zip signature' }, vi)).toMatch(
      /^Đây là tệp Excel/,
    );
    expect(formatIssue({ code: 'extra-value', line: 4, hint: '12/10' }, vi)).toBe(
      'Dòng 4: dòng có 12 ô, nhiều hơn 10 cột của dòng tiêu đề.',
    );
  });

  it('leaves no interpolation unfilled for the issues the importer makes', () => {
    const issues = [
      { code: 'constraint-error', line: 3, column: 'score', value: '14', hint: '13' },
      { code: 'constraint-error', line: 3, column: 'score', value: '-1', hint: '' },
      { code: 'missing-value', line: 5, hint: '8/10' },
      { code: 'blank-header', line: 1, column: 11, hint: 'column has data' },
      { code: 'invalid-quotes', line: 9, column: 'unit_name', hint: 'unclosed quote' },
    ];
    for (const messages of [importMessages.vi, importMessages.en]) {
      for (const issue of issues) {
        const text = formatIssue(issue, translator(messages));
        expect(text).not.toMatch(/\{\{|\(\)|: \.|score \.$/);
        expect(text).toMatch(/^(Dòng|Line) \d+/);
      }
    }
  });

  it('has a message in both languages for every code', () => {
    expect(Object.keys(importMessages.en).sort()).toEqual(Object.keys(importMessages.vi).sort());
  });
});
