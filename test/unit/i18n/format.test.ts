import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDelta, formatInteger, formatNumber, formatPercent, formatScore, MISSING } from '@/i18n/format';

describe('the number formatters', () => {
  it('write Vietnamese first with a decimal comma, English with a point', () => {
    expect(formatScore(85.324, 'vi')).toBe('85,32');
    expect(formatScore(85.324, 'en')).toBe('85.32');
    expect(formatScore(6, 'vi')).toBe('6,00');
    expect(formatNumber(6, 'vi')).toBe('6');
    expect(formatNumber(0.3149, 'vi')).toBe('0,31');
    expect(formatInteger(1234, 'vi')).toBe('1.234');
    expect(formatInteger(1234, 'en')).toBe('1,234');
    expect(formatPercent(52.5, 'vi')).toBe('52,50%');
    expect(formatPercent(52.5, 'en')).toBe('52.50%');
  });

  it("write a percentage in Intl's own form for the language: fixed, quoted or signed", () => {
    expect(formatPercent(91.5, 'vi', 2, 'quoted')).toBe('91,5%');
    expect(formatPercent(90, 'en', 2, 'quoted')).toBe('90%');
    expect(formatPercent(1.234, 'vi', 2, 'signed')).toBe('+1,23%');
    expect(formatPercent(0, 'vi', 2, 'signed')).toBe('0,00%');
    expect(formatPercent(-2.5, 'en', 1, 'signed')).toMatch(/^[-−]2.5%$/);
  });

  it('sign a change, and leave no change unsigned', () => {
    expect(formatDelta(0.0776885, 'vi')).toBe('+0,08');
    expect(formatDelta(-0.18, 'vi')).toMatch(/^[-−]0,18$/);
    expect(formatDelta(0, 'vi')).toBe('0,00');
    expect(formatDelta(9, 'en', 0)).toBe('+9');
  });

  it('write a value that is not there as the one missing mark, never 0', () => {
    for (const value of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      for (const format of [formatScore, formatNumber, formatDelta, formatPercent, formatInteger]) {
        expect(format(value, 'vi')).toBe(MISSING);
      }
    }
  });
});

describe('the missing mark', () => {
  const root = path.resolve(import.meta.dirname, '../../../src');
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) => /\.tsx?$/.test(file));

  // The formatters write it; the import reads dashes as "no value" in a user's file, which is input.
  const allowed = new Set([path.join('i18n', 'format.ts'), path.join('sql', 'import-expressions.ts')]);
  const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

  it('is written out only in the formatter module (every other file uses MISSING)', () => {
    // A dash alone in a string literal is a missing mark; dashes inside text (ranges, asides) are words.
    const alone = /(['"`])[–—]\1|>\s*[–—]\s*</;
    const offenders = files.filter(
      (file) => !allowed.has(file) && alone.test(code(readFileSync(path.join(root, file), 'utf8'))),
    );
    expect(offenders).toEqual([]);
  });
});

describe('the percent sign', () => {
  const root = path.resolve(import.meta.dirname, '../../../src');
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) => /\.tsx?$/.test(file));
  // The import reads a trailing % in a user's cell, which is input.
  const allowed = new Set([path.join('i18n', 'format.ts'), path.join('sql', 'import-expressions.ts')]);
  const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

  it('is written only by formatPercent: no figure or message glues one on', () => {
    // `${x} %`, `{{x}}%`, '%' or ' %' as a literal: a percentage formatted by hand.
    const glued = /\}\s?%|(['"`])\s?%\1/;
    const offenders = files.filter(
      (file) => !allowed.has(file) && glued.test(code(readFileSync(path.join(root, file), 'utf8'))),
    );
    expect(offenders).toEqual([]);
  });
});
