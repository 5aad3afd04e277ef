import type { TFunction } from 'i18next';
import { indexDef, type Lang } from '@/domain/catalogue';
import { formatInteger, formatPercent, formatScore, MISSING } from '@/i18n/format';
import { componentName } from './component-name';
import type { MoverFact, TotalFact } from './facts';

/** One plain sentence and the fact it states (the screen links each to the chart behind it). */
export interface BriefingSentence {
  readonly fact: 'value' | 'rank' | 'band' | 'mover' | 'base' | 'target' | 'weak';
  readonly text: string;
  /** The component a mover, weak or target sentence is about (its link opens that component). */
  readonly component?: string;
  /** The base year a base-year sentence compares with (its link opens trends against it). */
  readonly baseYear?: number;
}

/** `t` is bound to the briefing namespace; every figure comes from the fact, none is computed here. */
type T = TFunction<'briefing'>;

function unitWord(fact: Pick<TotalFact, 'index_code'>, t: T): string {
  return indexDef(fact.index_code).unit === 'percent' ? t('sentence.percentPoints') : t('sentence.points');
}

function valueText(fact: TotalFact, t: T, lang: Lang): string {
  return indexDef(fact.index_code).unit === 'percent' || fact.max_score === null
    ? formatPercent(fact.score, lang)
    : t('sentence.valuePoints', {
        score: formatScore(fact.score, lang),
        max: formatScore(fact.max_score, lang, 0),
      });
}

/**
 * The change clause. A change across a methodology break or a merger is never a plain change: the
 * clause says why it cannot be compared. A previous year without a score gives no change either.
 */
function changeText(fact: TotalFact, t: T, lang: Lang): string {
  const previous = fact.previous_year;
  if (previous === null) return t('sentence.first');
  if (fact.comparable === false) {
    return t('sentence.notComparable', {
      previous,
      reason: t(`sentence.reason.${fact.not_comparable_reason ?? 'method'}`),
    });
  }
  if (fact.score_change === null) return t('sentence.unknown', { previous });
  if (fact.score_change === 0) return t('sentence.same', { previous });
  const delta = formatScore(Math.abs(fact.score_change), lang);
  return t(fact.score_change > 0 ? 'sentence.rise' : 'sentence.fall', {
    delta,
    previous,
    unitWord: unitWord(fact, t),
  });
}

function rankChangeText(fact: TotalFact, t: T, lang: Lang): string {
  const previous = fact.previous_year;
  if (previous === null || fact.previous_rank === null) return '';
  if (fact.rank_comparable === false)
    return t('sentence.rankNotComparable', {
      previous,
      reason: t(`sentence.rankReason.${fact.rank_not_comparable_reason ?? 'peers'}`),
    });
  if (fact.rank_change === null) return '';
  if (fact.rank_change === 0) return t('sentence.rankSame', { previous });
  const places = formatInteger(Math.abs(fact.rank_change), lang);
  // `count` picks the English plural ("1 place", "2 places"); Vietnamese has one form.
  const count = Math.abs(fact.rank_change);
  return t(fact.rank_change > 0 ? 'sentence.rankRise' : 'sentence.rankFall', { places, previous, count });
}

/** The sentences of one index's headline facts: value and change, rank and its change, band. */
export function totalSentences(fact: TotalFact, t: T, lang: Lang): BriefingSentence[] {
  const base = { index: indexDef(fact.index_code).short[lang], unit: fact.unit_name };
  const out: BriefingSentence[] = [];
  if (fact.year !== fact.asked_year) {
    // The asked year has no figure (or, in a top-N release, none was published): say so, give the
    // latest one, and state nothing as a change.
    out.push({
      fact: 'value',
      text: t(fact.asked_top_n === null ? 'sentence.missingYear' : 'sentence.notPublishedYear', {
        ...base,
        top: fact.asked_top_n ?? 0,
        asked: fact.asked_year,
        year: fact.year,
        value: fact.score === null ? MISSING : valueText(fact, t, lang),
      }),
    });
    return out;
  }
  out.push({
    fact: 'value',
    text:
      fact.score === null
        ? t('sentence.rankOnly', { ...base, year: fact.year })
        : t('sentence.value', {
            ...base,
            year: fact.year,
            value: valueText(fact, t, lang),
            change: changeText(fact, t, lang),
          }),
  });
  if (fact.rank !== null) {
    out.push({
      fact: 'rank',
      text: t('sentence.rank', {
        rank: formatInteger(fact.rank, lang),
        count: formatInteger(fact.peer_count, lang),
        change: rankChangeText(fact, t, lang),
      }),
    });
  }
  if (fact.peer_quartile !== null) {
    out.push({
      fact: 'band',
      text: t('sentence.band', {
        quartile: fact.peer_quartile,
        label: t(`sentence.bandLabel.${fact.peer_quartile}`),
      }),
    });
  }
  return out;
}

/** One sentence for a component among those that rose or fell most. */
export function moverSentence(mover: MoverFact, t: T, lang: Lang): BriefingSentence {
  let rank = '';
  if (mover.rank_change !== null) {
    const places = formatInteger(Math.abs(mover.rank_change), lang);
    rank =
      mover.rank_change === 0
        ? t('sentence.moverRankSame')
        : t(mover.rank_change > 0 ? 'sentence.moverRankRise' : 'sentence.moverRankFall', {
            places,
            count: Math.abs(mover.rank_change),
          });
  }
  return {
    fact: 'mover',
    component: mover.component_code,
    text: t(mover.direction === 'rise' ? 'sentence.moverRise' : 'sentence.moverFall', {
      component: componentName(mover.index_code, mover.component_code, lang, mover.component_name),
      delta: formatScore(Math.abs(mover.score_change), lang),
      unitWord: unitWord(mover, t),
      previous: mover.previous_year,
      rank,
    }),
  };
}
