import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { ruleSetBlocks } from '@/domain/awards/block-defaults';
import type { AwardEvaluation } from '@/domain/awards/verdict-types';
import type { Lang } from '@/domain/catalogue';
import type { AwardInputs } from '../model/award-inputs';
import type { VerdictFilter } from '../model/awards-url';
import { countVerdicts, groupVerdicts } from '../model/group-verdicts';
import { RuleSection } from './rule-section';
import { UnplacedNotice } from './unplaced-notice';

interface Props {
  readonly inputs: AwardInputs;
  readonly query: UseQueryResult<AwardEvaluation>;
  readonly view: { readonly block: string | null; readonly filter: VerdictFilter };
  readonly lang: Lang;
}

export function AwardsResults({ inputs, query, view, lang }: Props) {
  const { t } = useTranslation('awards');
  const { t: tCommon } = useTranslation();
  const sample = inputs.sources.some((source) => source.kind === 'sample');
  const stale = query.isPlaceholderData;
  const evaluation = query.data;
  useEffect(() => {
    // After commit: the verdicts asked for by the last control change are on screen.
    if (!evaluation || stale) return;
    const { block, filter } = view;
    performance.mark('awards:drawn', { detail: { context: evaluation.context, block, filter } });
  }, [evaluation, stale, view]);
  return (
    <section
      className="awards-results"
      aria-busy={stale || undefined}
      aria-labelledby="awards-results-heading"
    >
      <h2 id="awards-results-heading" className="visually-hidden">
        {inputs.ruleSet.title[lang]}
      </h2>
      {stale && (
        <p className="muted small no-print" role="status">
          {t('updating')}
        </p>
      )}
      <QueryState query={query}>
        {(result) => {
          // Placeholder verdicts may belong to the previous context: group them by their own.
          const groups = groupVerdicts(inputs.ruleSet, result.context, result.verdicts, view);
          const counts = countVerdicts(result.verdicts.filter((v) => !view.block || v.block === view.block));
          const scope = 'year' in result.context ? 'year' : 'period';
          return (
            <>
              <p className="awards-summary">
                {t('summary', {
                  pass: counts.pass,
                  confirm: counts.needs_confirmation,
                  near: counts.near,
                  fail: counts.fail,
                  na: counts.not_assessable,
                })}
                {sample && <span className="badge badge-sample">{tCommon('dataKind.sample')}</span>}
              </p>
              <UnplacedNotice units={result.unplaced} blocks={[...ruleSetBlocks(inputs.ruleSet)]} />
              {groups.length === 0 && (
                <p className="notice notice-warn">{t('noRulesInScope', { scope: t(`scope.${scope}`) })}</p>
              )}
              {groups.map((group) => (
                <RuleSection
                  key={group.rule.id}
                  group={group}
                  inputs={inputs}
                  lang={lang}
                  missing={result.missing.filter((need) => need.ruleId === group.rule.id)}
                />
              ))}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
