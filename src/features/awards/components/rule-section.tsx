import { useTranslation } from 'react-i18next';
import type { MissingSeries } from '@/domain/awards/missing-data';
import type { Rule } from '@/domain/awards/rule-set-types';
import type { Lang } from '@/domain/catalogue';
import type { Translate } from '@/domain/translate';
import type { AwardInputs } from '../model/award-inputs';
import type { RuleGroup } from '../model/group-verdicts';
import { BlockTable } from './block-table';
import { MissingNotice } from './missing-notice';

interface Props {
  readonly group: RuleGroup;
  readonly inputs: AwardInputs;
  readonly lang: Lang;
  /** Series this rule reads that the chosen data lacks. */
  readonly missing: readonly MissingSeries[];
}

/** One award rule: its title and note, then one table per block. */
export function RuleSection({ group, inputs, lang, missing }: Props) {
  const { t } = useTranslation('awards');
  const { t: tCommon } = useTranslation();
  const { rule } = group;
  const headingId = `rule-${rule.id}`;
  const needsMap = rule.subject.kind === 'advising_agencies' && inputs.advising.length === 0;
  return (
    <section className="award-rule" aria-labelledby={headingId}>
      <header className="award-rule-header">
        <h3 id={headingId}>
          <span className={`award-kind award-kind-${rule.award}`}>{t(`award.${rule.award}`)}</span>{' '}
          {rule.title[lang]}
        </h3>
        {rule.note && <p className="muted small">{rule.note[lang]}</p>}
      </header>
      {needsMap && <p className="notice notice-warn">{t('noAdvisingMap')}</p>}
      <MissingNotice missing={missing} />
      {!needsMap && group.blocks.length === 0 && (
        <p className={group.judged === 0 ? 'notice notice-warn' : 'muted'}>
          {group.judged === 0 ? emptyRuleText(rule, inputs, t, tCommon) : t('emptyFiltered')}
        </p>
      )}
      {group.blocks.map((block) => (
        <BlockTable key={block.block} rule={rule} group={block} bands={inputs.bands} lang={lang} />
      ))}
    </section>
  );
}

/** Why a rule judges nobody, and what to do about it, per kind of subject. */
function emptyRuleText(rule: Rule, inputs: AwardInputs, t: Translate, tCommon: Translate): string {
  const year = 'year' in inputs.context ? inputs.context.year : inputs.context.period.to;
  const subject = rule.subject;
  switch (subject.kind) {
    case 'blocks':
      return t('emptyRule.blocks', {
        year,
        blocks: subject.blocks.map((block) => t(`block.${block}`, { defaultValue: block })).join(', '),
      });
    case 'levels':
      return t('emptyRule.levels', {
        year,
        levels: subject.levels.map((level) => tCommon(`level.${level}`, { defaultValue: level })).join(', '),
      });
    case 'units':
      return t('emptyRule.units', { year, units: subject.units.join(', ') });
    case 'advising_agencies':
      return t('emptyRule.advising_agencies', { year });
  }
}
