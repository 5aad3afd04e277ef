import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Lang } from '@/domain/catalogue';
import { briefingMessages } from '@/features/briefing/messages';
import type { MoverFact, TotalFact } from '@/features/briefing/model/facts';
import { moverSentence, totalSentences } from '@/features/briefing/model/sentences';
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
  index: 'PAPI',
  askedYear: 2024,
  year: 2024,
  unitName: 'Hà Tĩnh',
  score: 45.55,
  maxScore: 80,
  previousYear: 2023,
  previousScore: 45.43,
  scoreChange: 0.12,
  comparable: true,
  reason: null,
  rank: 6,
  previousRank: 7,
  rankChange: 1,
  rankComparable: true,
  peerCount: 61,
  quartile: 1,
  kinds: ['published'],
  askedTopN: null,
};

const cases: Record<string, TotalFact> = {
  rise: base,
  fall: { ...base, scoreChange: -1.5, rankChange: -3, rank: 10, quartile: 3 },
  tie: { ...base, scoreChange: 0, rankChange: 0 },
  break: {
    ...base,
    year: 2018,
    askedYear: 2018,
    previousYear: 2017,
    scoreChange: null,
    comparable: false,
    reason: 'method',
    rankChange: 2,
  },
  merger: {
    ...base,
    index: 'PAR',
    unitName: 'Tỉnh Mới',
    year: 2025,
    askedYear: 2025,
    score: 88.2,
    maxScore: 100,
    scoreChange: null,
    comparable: false,
    reason: 'merger',
    rankChange: null,
    rankComparable: false,
    peerCount: 34,
    rank: 4,
  },
  missingYear: { ...base, index: 'PCI', askedYear: 2025, year: 2024, score: 70.54, maxScore: 100 },
  notPublished: {
    ...base,
    index: 'PCI',
    askedYear: 2024,
    year: 2022,
    score: 64.1,
    maxScore: 100,
    askedTopN: 30,
  },
  firstYear: { ...base, previousYear: null, previousScore: null, scoreChange: null, comparable: null },
  percent: {
    ...base,
    index: 'SIPAS',
    score: 85.32,
    maxScore: 100,
    scoreChange: -0.4,
    rank: null,
    quartile: null,
  },
};

const movers: MoverFact[] = [
  {
    index: 'PAPI',
    direction: 'rise',
    componentCode: 'D8',
    componentName: 'E-governance',
    score: 4.1,
    previousYear: 2023,
    scoreChange: 0.35,
    rankChange: 1,
  },
  {
    index: 'PAPI',
    direction: 'fall',
    componentCode: 'D4',
    componentName: 'Control of corruption',
    score: 6.2,
    previousYear: 2023,
    scoreChange: -0.21,
    rankChange: null,
  },
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
