import type { TFunction } from 'i18next';
import { indexDef, type Lang } from '@/domain/catalogue';
import { formatInteger, formatScore } from '@/i18n/format';
import type { BaseFact } from './base-facts';
import type { BriefingSentence } from './sentences';

type T = TFunction<'briefing'>;

function changeText(fact: BaseFact, t: T, lang: Lang): string {
  if (fact.comparable === false)
    return t('base.notComparable', { reason: t(`sentence.reason.${fact.reason ?? 'method'}`) });
  if (fact.scoreChange === null) return t('base.unknown');
  if (fact.scoreChange === 0) return t('base.same');
  const unitWord =
    indexDef(fact.index).unit === 'percent' ? t('sentence.percentPoints') : t('sentence.points');
  return t(fact.scoreChange > 0 ? 'base.rise' : 'base.fall', {
    delta: formatScore(Math.abs(fact.scoreChange), lang),
    unitWord,
  });
}

function rankText(fact: BaseFact, t: T, lang: Lang): string {
  if (fact.baseRank === null || fact.rank === null) return '';
  if (fact.rankComparable === false)
    return t('base.rankNotComparable', { reason: t(`sentence.rankReason.${fact.rankReason ?? 'peers'}`) });
  if (fact.rankChange === null) return '';
  if (fact.rankChange === 0) return t('base.rankSame');
  const count = Math.abs(fact.rankChange);
  return t(fact.rankChange > 0 ? 'base.rankRise' : 'base.rankFall', {
    places: formatInteger(count, lang),
    count,
  });
}

/**
 * The change from the base year of the unit's targets (or the chosen one). Like the yearly change it is
 * never stated across a methodology break or a merger, and a base year without a figure says so.
 */
export function baseSentence(fact: BaseFact, unitName: string, t: T, lang: Lang): BriefingSentence {
  const common = {
    base: fact.baseYear,
    source: t(`base.source.${fact.source}`),
    index: indexDef(fact.index).short[lang],
    unit: unitName,
  };
  if (!fact.hasBase) return { fact: 'base', baseYear: fact.baseYear, text: t('base.noBase', common) };
  return {
    fact: 'base',
    baseYear: fact.baseYear,
    text: t('base.sentence', { ...common, change: changeText(fact, t, lang), rank: rankText(fact, t, lang) }),
  };
}
