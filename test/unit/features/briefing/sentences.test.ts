import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Lang } from '@/domain/catalogue';
import { evaluateTarget, type Target, type TargetPoint } from '@/domain/targets/targets';
import { briefingMessages } from '@/features/briefing/messages';
import type { BaseFact } from '@/features/briefing/model/base-facts';
import { baseSentence } from '@/features/briefing/model/base-sentences';
import type { MoverFact, TotalFact } from '@/features/briefing/model/facts';
import { moverSentence, totalSentences } from '@/features/briefing/model/sentences';
import { targetSentence } from '@/features/briefing/model/target-sentences';
import { weakSentence } from '@/features/briefing/model/weak-sentences';
import { golden } from '../../../support/load-fixture';

function translator(lang: Lang) {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    ns: ['briefing'],
    defaultNS: 'briefing',
    resources: { vi: { briefing: briefingMessages.vi }, en: { briefing: briefingMessages.en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.getFixedT(lang, 'briefing');
}

/** Facts shaped as the SQL returns them (test/unit/sql/briefing.test.ts checks the SQL itself). */
const base: TotalFact = {
  index_code: 'PAPI',
  asked_year: 2024,
  year: 2024,
  unit_name: 'Hà Tĩnh',
  unit_level: 'province',
  block: 'province',
  status: 'scored',
  score: 45.55,
  max_score: 80,
  previous_year: 2023,
  previous_score: 45.43,
  score_change: 0.12,
  comparable: true,
  not_comparable_reason: null,
  rank: 6,
  rank_source: 'published',
  previous_rank: 7,
  rank_change: 1,
  rank_comparable: true,
  rank_not_comparable_reason: null,
  peer_count: 61,
  peer_quartile: 1,
  kinds: ['published'],
  asked_top_n: null,
};

const cases: Record<string, TotalFact> = {
  rise: base,
  fall: { ...base, score_change: -1.5, rank_change: -3, rank: 10, peer_quartile: 3 },
  tie: { ...base, score_change: 0, rank_change: 0 },
  break: {
    ...base,
    year: 2018,
    asked_year: 2018,
    previous_year: 2017,
    score_change: null,
    comparable: false,
    not_comparable_reason: 'method',
    // As the SQL gives it: the rank across the break is not stated as a change.
    rank_change: null,
    rank_comparable: false,
    rank_not_comparable_reason: 'method',
  },
  merger: {
    ...base,
    index_code: 'PAR',
    unit_name: 'Tỉnh Mới',
    year: 2025,
    asked_year: 2025,
    score: 88.2,
    max_score: 100,
    score_change: null,
    comparable: false,
    not_comparable_reason: 'merger',
    rank_change: null,
    rank_comparable: false,
    rank_not_comparable_reason: 'merger',
    peer_count: 34,
    rank: 4,
  },
  peers: {
    ...base,
    index_code: 'PAR',
    unit_name: 'Hà Nội',
    year: 2025,
    asked_year: 2025,
    score: 91,
    max_score: 100,
    previous_year: 2024,
    score_change: 1,
    rank: 2,
    previous_rank: 3,
    rank_change: null,
    rank_comparable: false,
    rank_not_comparable_reason: 'peers',
    peer_count: 34,
  },
  partial: {
    ...base,
    index_code: 'PCI',
    year: 2024,
    asked_year: 2024,
    score: 69,
    max_score: 100,
    previous_year: 2022,
    score_change: 1,
    rank: 2,
    previous_rank: 3,
    rank_change: null,
    rank_comparable: false,
    rank_not_comparable_reason: 'partial',
    peer_count: 13,
  },
  missingYear: { ...base, index_code: 'PCI', asked_year: 2025, year: 2024, score: 70.54, max_score: 100 },
  notPublished: {
    ...base,
    index_code: 'PCI',
    asked_year: 2024,
    year: 2022,
    score: 64.1,
    max_score: 100,
    asked_top_n: 30,
  },
  firstYear: { ...base, previous_year: null, previous_score: null, score_change: null, comparable: null },
  percent: {
    ...base,
    index_code: 'SIPAS',
    score: 85.32,
    max_score: 100,
    score_change: -0.4,
    rank: null,
    peer_quartile: null,
  },
};

const movers: MoverFact[] = [
  {
    index_code: 'PAPI',
    direction: 'rise',
    position: 1,
    component_code: 'D8',
    component_name: 'E-governance',
    score: 4.1,
    previous_year: 2023,
    score_change: 0.35,
    rank_change: 1,
  },
  {
    index_code: 'PAPI',
    direction: 'fall',
    position: 1,
    component_code: 'D4',
    component_name: 'Control of corruption',
    score: 6.2,
    previous_year: 2023,
    score_change: -0.21,
    rank_change: null,
  },
];

/** Base-year facts shaped as `buildBaseDeltas` gives them (test/unit/sql/base-deltas.test.ts checks the SQL). */
const baseFact: BaseFact = {
  index_code: 'PAPI',
  source: 'target',
  base_year: 2021,
  year: 2024,
  has_base: true,
  score_change: 1.27,
  comparable: true,
  not_comparable_reason: null,
  rank: 6,
  previous_rank: 11,
  rank_change: 5,
  rank_comparable: true,
  rank_not_comparable_reason: null,
};
const baseCases: Record<string, BaseFact> = {
  rise: baseFact,
  fall: { ...baseFact, source: 'chosen', score_change: -0.8, rank_change: -1, rank: 12 },
  tie: { ...baseFact, source: 'plan', score_change: 0, rank_change: 0 },
  break: {
    ...baseFact,
    base_year: 2016,
    score_change: null,
    comparable: false,
    not_comparable_reason: 'method',
    rank_change: null,
    rank_comparable: false,
    rank_not_comparable_reason: 'method',
  },
  merger: {
    ...baseFact,
    index_code: 'PAR',
    year: 2025,
    score_change: null,
    comparable: false,
    not_comparable_reason: 'merger',
    rank_change: null,
    rank_comparable: false,
    rank_not_comparable_reason: 'merger',
  },
  partial: {
    ...baseFact,
    index_code: 'PCI',
    base_year: 2022,
    score_change: 1.5,
    rank_change: null,
    rank_comparable: false,
    rank_not_comparable_reason: 'partial',
  },
  missingBaseYear: {
    ...baseFact,
    has_base: false,
    score_change: null,
    comparable: null,
    previous_rank: null,
    rank_change: null,
    rank_comparable: null,
  },
};

const point = (year: number, score: number | null, rank: number | null): TargetPoint => ({
  unit: 'ha-tinh',
  unitLevel: 'province',
  component: 'TOTAL',
  year,
  score,
  rank,
});
const target = (over: Partial<Target>): Target => ({
  id: 't',
  unit: 'ha-tinh',
  index: 'PAR',
  component: 'TOTAL',
  kind: 'rank_up',
  amount: 10,
  baselineYear: 2021,
  targetYear: 2024,
  label: { vi: 'Chỉ số CCHC tăng 10 bậc so với năm 2021', en: 'PAR Index up 10 places vs 2021' },
  plan: { vi: 'p', en: 'p' },
  sample: false,
  ...over,
});
const pciTarget = target({
  index: 'PCI',
  kind: 'total_change',
  amount: 0.5,
  label: { vi: 'PCI tăng 0,5 điểm so với năm 2021', en: 'PCI up 0.5 points vs 2021' },
});
// Whether each target's years compare is the SQL's (src/sql/target-facts.ts); here as it says for these years.
const judged = (subject: Target, points: TargetPoint[], comparable = true) =>
  evaluateTarget(subject, {
    points,
    comparisons: [{ targetId: subject.id, comparable, rankComparable: comparable }],
  });
const verdicts = [
  judged(target({}), [point(2021, 85, 30), point(2024, 90, 12)]),
  judged(pciTarget, [point(2021, 65.2, 20), point(2024, 65.4, 18)]),
  judged(
    target({
      index: 'SIPAS',
      kind: 'value_at_least',
      amount: 80,
      baselineYear: null,
      label: { vi: 'Mức độ hài lòng trên 80 %', en: 'Satisfaction above 80 %' },
    }),
    [point(2024, 84.5, null)],
  ),
  // 2021 → 2025 ranks: across the 63 → 34 provinces change of peers.
  judged(target({ targetYear: 2025 }), [point(2021, 85, 30), point(2025, 90, 5)], false),
  judged(pciTarget, [point(2021, 65.2, 20), point(2023, 65.9, 15)]),
  judged(pciTarget, [point(2024, 66, 10)]),
];

describe('briefing sentences from SQL facts', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`match the golden file in ${lang}`, async () => {
      const t = translator(lang);
      const out: string[] = [];
      for (const [name, fact] of Object.entries(cases)) {
        out.push(`## ${name}`, ...totalSentences(fact, t, lang).map((s) => s.text));
      }
      out.push('## movers', ...movers.map((mover) => moverSentence(mover, t, lang).text));
      for (const [name, fact] of Object.entries(baseCases)) {
        out.push(`## base year: ${name}`, baseSentence(fact, 'Hà Tĩnh', t, lang).text);
      }
      out.push('## targets: met, not met, floor met, not comparable, no data, no baseline');
      out.push(...verdicts.map((verdict) => targetSentence(verdict, t, lang).text));
      out.push(
        '## weak',
        weakSentence(
          {
            index_code: 'PAPI',
            year: 2024,
            component_code: 'D4',
            score: 6.2,
            median_score: 6.6,
            rank_change: -4,
            reasons: ['low_median', 'falling_rank'],
          },
          t,
          lang,
        ).text,
      );
      // Plain text, one sentence a line: a reviewer reads the golden file as the reader would.
      await expect(`${out.join('\n')}\n`).toMatchFileSnapshot(
        golden(`briefing-sentences-${lang}`).replace(/\.json$/, '.txt'),
      );
    });
  }

  it('says the example sentence of the plan in Vietnamese', () => {
    const text = totalSentences(base, translator('vi'), 'vi')
      .map((s) => s.text)
      .join(' ');
    expect(text).toBe(
      'Năm 2024, PAPI của Hà Tĩnh đạt 45,55/80 điểm, tăng 0,12 điểm so với năm 2023. Xếp thứ 6/61, tăng 1 bậc so với năm 2023. Thuộc nhóm 1/4 (nhóm điểm cao nhất) trong các đơn vị cùng cấp.',
    );
  });

  it('never states a base-year change across a break, a merger or a missing base year as a plain change', () => {
    for (const lang of ['vi', 'en'] as const) {
      const t = translator(lang);
      for (const name of ['break', 'merger', 'missingBaseYear'] as const) {
        const text = baseSentence(baseCases[name] as BaseFact, 'Hà Tĩnh', t, lang).text;
        expect(text).not.toMatch(/(tăng|giảm) [0-9,]+ điểm|\b(up|down) [0-9.]+ points/);
      }
    }
  });

  it('gives each target its status: met, not met, not comparable, no data', () => {
    expect(verdicts.map((verdict) => verdict.status)).toEqual([
      'met',
      'not_met',
      'met',
      'not_yet_measurable',
      'not_yet_measurable',
      'not_yet_measurable',
    ]);
    const t = translator('vi');
    expect(targetSentence(verdicts[3] as (typeof verdicts)[number], t, 'vi').text).toContain(
      'không so sánh được',
    );
    expect(targetSentence(verdicts[4] as (typeof verdicts)[number], t, 'vi').text).toContain(
      'chưa có số liệu',
    );
  });

  it("names components by the catalogue in the reader's language, not by the data", () => {
    const [rise] = movers;
    if (!rise) throw new Error('no mover');
    expect(moverSentence(rise, translator('vi'), 'vi').text).toMatch(/^Quản trị điện tử/);
    expect(moverSentence(rise, translator('en'), 'en').text).toMatch(/^E-governance/);
  });

  it('never states a change of rank across a break, a merger, new peers or a partial release as a plain change', () => {
    const plainRankChange = /(tăng|giảm) [0-9]+ bậc|\b(up|down) [0-9]+ places?/;
    for (const lang of ['vi', 'en'] as const) {
      const t = translator(lang);
      for (const name of ['break', 'merger', 'peers', 'partial'] as const) {
        const text = totalSentences(cases[name] as TotalFact, t, lang)
          .map((s) => s.text)
          .join(' ');
        expect(text).not.toMatch(plainRankChange);
        expect(text).toMatch(lang === 'vi' ? /thứ hạng không so sánh được/ : /rank is not comparable/);
      }
      for (const name of ['break', 'merger', 'partial'] as const) {
        const text = baseSentence(baseCases[name] as BaseFact, 'Hà Tĩnh', t, lang).text;
        expect(text).not.toMatch(plainRankChange);
        expect(text).toMatch(lang === 'vi' ? /thứ hạng không so sánh được/ : /rank is not comparable/);
      }
    }
  });

  it('never states a change across a break, a merger or a missing year as a plain change', () => {
    for (const lang of ['vi', 'en'] as const) {
      const t = translator(lang);
      for (const name of ['break', 'merger', 'missingYear', 'notPublished'] as const) {
        const [value] = totalSentences(cases[name] as TotalFact, t, lang);
        expect(value?.text).not.toMatch(/tăng|giảm|\bup\b|\bdown\b/);
      }
    }
  });
});
