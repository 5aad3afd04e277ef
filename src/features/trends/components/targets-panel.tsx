import { memo, useMemo } from 'react';
import { evaluateTarget, type Target, type TargetFacts, type TargetVerdict } from '@/domain/targets/targets';
import { formatInteger } from '@/i18n/format';
import type { TrendsLabels } from './use-trends-labels';

export interface TargetsPanelProps {
  readonly labels: TrendsLabels;
  readonly targets: readonly Target[];
  readonly facts: TargetFacts;
  readonly problems: readonly string[];
}

function Evidence({ verdict, labels }: { verdict: TargetVerdict; labels: TrendsLabels }) {
  const { t, lang, format } = labels;
  const { target } = verdict;
  const value = (v: number) => (target.kind === 'rank_up' ? formatInteger(v, lang) : format(v));
  const parts = [
    target.kind === 'value_at_least'
      ? t('targets.floorEvidence', { goal: value(target.amount), year: target.targetYear })
      : verdict.baseline !== null && verdict.goal !== null
        ? t(target.kind === 'rank_up' ? 'targets.rankEvidence' : 'targets.scoreEvidence', {
            base: target.baselineYear,
            baseline: value(verdict.baseline),
            goal: value(verdict.goal),
            year: target.targetYear,
          })
        : null,
    verdict.observed !== null ? t('targets.observed', { value: value(verdict.observed) }) : null,
    verdict.observed === null && verdict.latest
      ? t('targets.latest', { year: verdict.latest.year, value: value(verdict.latest.value) })
      : null,
    verdict.reason
      ? t(`targets.reason.${verdict.reason}`, {
          year: verdict.reason === 'no_baseline' ? target.baselineYear : target.targetYear,
        })
      : null,
  ];
  return <span className="small">{parts.filter(Boolean).join(' · ')}</span>;
}

/** Each target of the units on screen, with its verdict and the numbers and years it rests on. */
export const TargetsPanel = memo(function TargetsPanel({
  labels,
  targets,
  facts,
  problems,
}: TargetsPanelProps) {
  const { t, lang, unitName } = labels;
  const verdicts = useMemo(() => targets.map((target) => evaluateTarget(target, facts)), [targets, facts]);
  if (verdicts.length === 0 && problems.length === 0) return null;
  return (
    <section className="card trends-card trends-targets" aria-labelledby="trends-targets-title">
      <h2 id="trends-targets-title" className="chart-title">
        {t('targets.title')}
      </h2>
      <ul>
        {verdicts.map((verdict) => (
          <li key={verdict.target.id} data-target={verdict.target.id}>
            <span className={`badge trends-verdict trends-${verdict.status}`}>
              {t(`targets.${verdict.status}`)}
            </span>{' '}
            <strong>{unitName(verdict.target.unit)}</strong>: {verdict.target.label[lang]}{' '}
            {verdict.target.sample && (
              <span className="badge badge-sample">{t('dataKind.sample', { ns: 'common' })}</span>
            )}
            <br />
            <Evidence verdict={verdict} labels={labels} />
            <span className="small muted"> — {verdict.target.plan[lang]}</span>
          </li>
        ))}
      </ul>
      {problems.length > 0 && (
        <p className="small error">{t('targets.invalid', { problems: problems.join('; ') })}</p>
      )}
    </section>
  );
});
