import { describe, expect, it } from 'vitest';
import { importMessages } from '@/i18n/import-messages';
import { formatIssue, type Translate } from '@/ingest/format-issue';

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
      'Dòng 7, cột score: giá trị “0x55” không đúng kiểu dữ liệu (năm phải có 4 chữ số; điểm phải là số).',
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

  it('has a message in both languages for every code', () => {
    expect(Object.keys(importMessages.en).sort()).toEqual(Object.keys(importMessages.vi).sort());
  });
});
