import { describe, expect, it } from 'vitest';
import type { UnitVerdict } from '@/domain/awards/verdict-types';
import { verdictsToCsv } from '@/features/awards/model/verdicts-to-csv';

const verdict: UnitVerdict = {
  ruleId: 'r',
  unitCode: 'u',
  unitName: '=HYPERLINK("x"), Sở "A"',
  block: 'so-nganh',
  level: 'department',
  judgedYear: 2025,
  verdict: 'fail',
  clauses: [
    {
      clauseId: 'c',
      type: 'rose',
      verdict: 'fail',
      checks: [
        {
          verdict: 'fail',
          reason: 'not_rose',
          index: 'PAR',
          component: 'L4',
          years: [2024, 2025],
          observed: 5.64,
          previous: 5.95,
          delta: -0.31,
          shortfall: 0.31,
        },
      ],
    },
  ],
  rankInBlock: 3,
  quota: null,
  nearMiss: null,
  blockHistory: [],
};

describe('verdictsToCsv(verdicts)', () => {
  it('writes UTF-8 with BOM, the dossier columns and readable vi-VN evidence', () => {
    const csv = verdictsToCsv([
      {
        ...verdict,
        nearMiss: {
          clauseId: 'c',
          check: verdict.clauses[0]?.checks[0] ?? { verdict: 'fail', reason: 'not_rose', years: [] },
        },
      },
    ]);
    expect(csv.startsWith('\uFEFFrule_id,unit_code,unit_name,block,verdict,rank_in_block,evidence\r\n')).toBe(
      true,
    );
    expect(csv).toContain(`r,u,"'=HYPERLINK(""x""), Sở ""A""",so-nganh,fail,3,`);
    expect(csv).toContain(
      'PAR L4 không tăng: 5,95 → 5,64 (-0,31, 2024–2025); Chưa đạt chỉ vì: PAR L4 giảm 0,31 điểm',
    );
  });
});
