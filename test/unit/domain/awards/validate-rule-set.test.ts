import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_RULE_SET_TEXTS, bundledRuleSets } from '@/domain/awards/bundled-rule-sets';
import { validateBandRegistry, validateRuleSet } from '@/domain/awards/validate-rule-set';
import { formatRuleFileError } from '@/i18n/award-evidence';

const socTrang = BUNDLED_RULE_SET_TEXTS['soc-trang-2021-2030'] ?? '';

/** Replaces the first occurrence of `from` in the Sóc Trăng file: a realistic hand edit gone wrong. */
function broken(from: string, to: string): string {
  if (!socTrang.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return socTrang.replace(from, to);
}
const lineOfText = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('validateRuleSet(text)', () => {
  it('accepts the bundled rule sets', () => {
    expect(bundledRuleSets().map((ruleSet) => ruleSet.id)).toEqual([
      'soc-trang-2021-2030',
      'ninh-thuan-2022',
    ]);
  });

  it.each([
    {
      name: 'a threshold given as text',
      text: broken('"value": 90 }', '"value": "90" }'),
      needle: '"value": "90"',
      code: 'expected_number',
      path: 'rules[2].clauses[3].threshold[0].value',
    },
    {
      name: 'an unknown clause type',
      text: broken('"type": "rose"', '"type": "rises"'),
      needle: '"rises"',
      code: 'unknown_type',
      path: 'rules[0].clauses[0].type',
    },
    {
      name: 'an unknown field',
      text: broken('"orHeldAtMax": true', '"orHeldAtMaximum": true'),
      needle: 'orHeldAtMaximum',
      code: 'unknown_field',
      path: 'rules[1].clauses[0].orHeldAtMaximum',
    },
    {
      name: 'an unknown index',
      text: broken('"index": "SIPAS"', '"index": "SIPAS2"'),
      needle: 'SIPAS2',
      code: 'not_one_of',
      path: 'rules[0].clauses[1].orderBy[1].index',
    },
    {
      name: 'a band that is not defined',
      text: broken('"band": "nhom-3"', '"band": "nhom-9"'),
      needle: 'nhom-9',
      code: 'unknown_band',
      path: 'rules[2].clauses[1].band',
    },
    {
      name: 'a precedence on a rule that does not come first',
      text: broken('"rule": "bang-khen-co-quan-tham-muu"', '"rule": "co-thi-dua"'),
      needle: '"rule": "co-thi-dua"',
      code: 'unknown_rule',
      path: 'rules[2].clauses[0].rule',
    },
    {
      name: 'a default block for a unit level that does not exist',
      text: broken('"district": "cap-huyen"', '"huyen": "cap-huyen"'),
      needle: '"huyen"',
      code: 'unknown_level',
      path: 'blockDefaults.levels.huyen',
    },
    {
      name: 'a default block that is not a block code',
      text: broken('"advisingAgencies": "tham-muu"', '"advisingAgencies": "Tham mưu"'),
      needle: '"Tham mưu"',
      code: 'bad_pattern',
      path: 'blockDefaults.advisingAgencies',
    },
  ])('reports $name with its line and field', ({ text, needle, code, path }) => {
    const result = validateRuleSet(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code, path, line: lineOfText(text, needle) });
  });

  it.each([
    {
      name: 'a year before 1990',
      from: '"from": 2021',
      to: '"from": 1921',
      code: 'too_small',
      params: { min: 1990 },
    },
    {
      name: 'a year with a fraction',
      from: '"from": 2021',
      to: '"from": 2021.5',
      code: 'expected_integer',
      params: {},
    },
  ])('reports $name with its code and line', ({ from, to, code, params }) => {
    const text = socTrang.replace(from, to);
    expect(text).not.toBe(socTrang);
    const result = validateRuleSet(text);
    const [first] = result.ok ? [] : result.errors;
    expect(first).toMatchObject({ code, params });
    expect(first?.line).toBeGreaterThan(1);
  });

  it('keeps $comment notes, and rejects comments and trailing commas as JSON syntax', () => {
    expect(validateRuleSet(socTrang.replace('{', '{ "$comment": "ghi chú",')).ok).toBe(true);
    const comment = socTrang.replace('"version"', '// sửa\n  "version"');
    expect(validateRuleSet(comment)).toMatchObject({ ok: false, errors: [{ code: 'json_syntax' }] });
    const trailing = socTrang.replace(/\}\s*$/, ',}');
    expect(validateRuleSet(trailing)).toMatchObject({ ok: false, errors: [{ code: 'json_syntax' }] });
  });

  it('points a missing required field at the line its object opens', () => {
    const text = broken('"award": "flag",', '');
    const result = validateRuleSet(text);
    expect(result.ok ? [] : result.errors).toEqual([
      {
        code: 'required',
        path: 'rules[4].award',
        line: lineOfText(text, '"id": "co-thi-dua"') - 1,
        params: {},
      },
    ]);
  });

  it('reports a JSON syntax error with its line', () => {
    const text = broken('"version": "1.0.0",', '"version": "1.0.0"');
    const result = validateRuleSet(text);
    expect(result.ok ? null : result.errors[0]).toMatchObject({
      code: 'json_syntax',
      line: lineOfText(text, '"title"'),
    });
  });

  it('formats an error the way the user reads it, in Vietnamese and English', () => {
    const error = { code: 'expected_number', line: 12, path: 'rules[2].clauses[0].threshold', params: {} };
    expect(formatRuleFileError(error, 'vi')).toBe(
      'dòng 12, trường rules[2].clauses[0].threshold: phải là số',
    );
    expect(formatRuleFileError(error, 'en')).toBe(
      'line 12, field rules[2].clauses[0].threshold: must be a number',
    );
  });

  it('rejects bands out of order and accepts the sample registry', () => {
    const registry = readFileSync('data/registry/tinh-mau-bands.json', 'utf8');
    expect(validateBandRegistry(registry).ok).toBe(true);
    const swapped = registry.replace('"minPct": 80', '"minPct": 95');
    const result = validateBandRegistry(swapped);
    expect(result.ok ? null : result.errors[0]).toMatchObject({
      code: 'band_order',
      path: 'schemes[0].bands[1].minPct',
    });
  });
});
