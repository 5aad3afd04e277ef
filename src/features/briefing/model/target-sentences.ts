import type { TFunction } from 'i18next';
import { indexDef, type Lang } from '@/domain/catalogue';
import { type TargetVerdict, targetOutcome } from '@/domain/targets/targets';
import { formatInteger, formatPercent, formatScore } from '@/i18n/format';
import type { BriefingSentence } from './sentences';

type T = TFunction<'briefing'>;

function valueText(verdict: TargetVerdict, value: number, lang: Lang): string {
  const { target } = verdict;
  if (target.kind === 'rank_up') return formatInteger(value, lang);
  return indexDef(target.index).unit === 'percent' ? formatPercent(value, lang) : formatScore(value, lang);
}

function evidence(verdict: TargetVerdict, t: T, lang: Lang): string {
  const { target } = verdict;
  const outcome = targetOutcome(verdict);
  const years = { baseYear: target.baselineYear ?? '', year: target.targetYear };
  if (outcome === 'not_comparable') return t('target.notComparable', years);
  if (outcome === 'no_data') {
    if (verdict.reason === 'no_baseline') return t('target.noBaseline', years);
    const latest = verdict.latest
      ? t('target.latest', {
          latestYear: verdict.latest.year,
          latest: valueText(verdict, verdict.latest.value, lang),
        })
      : '';
    return `${t('target.noTarget', years)}${latest}`;
  }
  if (verdict.observed === null || verdict.goal === null) return '';
  const figures = {
    ...years,
    observed: valueText(verdict, verdict.observed, lang),
    goal: valueText(verdict, verdict.goal, lang),
    baseline: verdict.baseline === null ? '' : valueText(verdict, verdict.baseline, lang),
  };
  if (target.kind === 'value_at_least') return t('target.floorEvidence', figures);
  return t(target.kind === 'rank_up' ? 'target.rankEvidence' : 'target.scoreEvidence', figures);
}

/** A target's status in words, with the numbers and years it rests on. */
export function targetSentence(verdict: TargetVerdict, t: T, lang: Lang): BriefingSentence {
  return {
    fact: 'target',
    component: verdict.target.component,
    text: t('target.sentence', {
      label: verdict.target.label[lang],
      year: verdict.target.targetYear,
      outcome: t(`target.outcome.${targetOutcome(verdict)}`),
      evidence: evidence(verdict, t, lang),
    }),
  };
}
