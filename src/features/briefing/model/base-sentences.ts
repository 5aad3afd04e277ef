import type { TFunction } from 'i18next';
import { indexDef, type Lang } from '@/domain/catalogue';
import { formatInteger, formatScore } from '@/i18n/format';
import type { BaseFact } from './base-facts';
import type { BriefingSentence } from './sentences';

type T = TFunction<'briefing'>;

function changeText(fact: BaseFact, t: T, lang: Lang): string {
  if (fact.comparable === false)
    return t('base.notComparable', {
      reason: t(`sentence.reason.${fact.not_comparable_reason ?? 'method'}`),
    });
  if (fact.score_change === null) return t('base.unknown');
  if (fact.score_change === 0) return t('base.same');
  const unitWord =
    indexDef(fact.index_code).unit === 'percent' ? t('sentence.percentPoints') : t('sentence.points');
  return t(fact.score_change > 0 ? 'base.rise' : 'base.fall', {
    delta: formatScore(Math.abs(fact.score_change), lang),
    unitWord,
  });
}

function rankText(fact: BaseFact, t: T, lang: Lang): string {
  if (fact.previous_rank === null || fact.rank === null) return '';
  if (fact.rank_comparable === false)
    return t('base.rankNotComparable', {
      reason: t(`sentence.rankReason.${fact.rank_not_comparable_reason ?? 'peers'}`),
    });
  if (fact.rank_change === null) return '';
  if (fact.rank_change === 0) return t('base.rankSame');
  const count = Math.abs(fact.rank_change);
  return t(fact.rank_change > 0 ? 'base.rankRise' : 'base.rankFall', {
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
    base: fact.base_year,
    source: t(`base.source.${fact.source}`),
    index: indexDef(fact.index_code).short[lang],
    unit: unitName,
  };
  if (!fact.has_base) return { fact: 'base', baseYear: fact.base_year, text: t('base.noBase', common) };
  return {
    fact: 'base',
    baseYear: fact.base_year,
    text: t('base.sentence', { ...common, change: changeText(fact, t, lang), rank: rankText(fact, t, lang) }),
  };
}
