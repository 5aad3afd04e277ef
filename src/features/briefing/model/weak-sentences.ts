import type { TFunction } from 'i18next';
import { indexDef, type Lang } from '@/domain/catalogue';
import { formatPercent, formatScore } from '@/i18n/format';
import { componentName } from './component-name';
import type { BriefingSentence } from './sentences';
import type { WeakFact } from './weak-facts';

type T = TFunction<'briefing'>;

/** One weak component and the rules that flag it, in the weak-points screen's terms. */
export function weakSentence(fact: WeakFact, t: T, lang: Lang): BriefingSentence {
  const places = Math.abs(fact.rank_change ?? 0);
  const reasons = fact.reasons.map((reason) =>
    t(`weak.reason.${reason}`, {
      median: formatScore(fact.median_score, lang),
      places,
      count: places,
    }),
  );
  const percent = indexDef(fact.index_code).unit === 'percent';
  return {
    fact: 'weak',
    component: fact.component_code,
    text: t('weak.sentence', {
      component: componentName(fact.index_code, fact.component_code, lang),
      score: percent ? formatPercent(fact.score, lang) : formatScore(fact.score, lang),
      reasons: reasons.join('; '),
    }),
  };
}
