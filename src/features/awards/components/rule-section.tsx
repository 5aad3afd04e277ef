import { useTranslation } from 'react-i18next';
import type { Lang } from '@/domain/catalogue';
import type { AwardInputs } from '../model/award-inputs';
import type { RuleGroup } from '../model/group-verdicts';
import { BlockTable } from './block-table';

interface Props {
  readonly group: RuleGroup;
  readonly inputs: AwardInputs;
  readonly lang: Lang;
}

/** One award rule: its title and note, then one table per block. */
export function RuleSection({ group, inputs, lang }: Props) {
  const { t } = useTranslation('awards');
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
      {!needsMap && group.blocks.length === 0 && (
        <p className="muted">{group.judged === 0 ? t('emptyRule') : t('emptyFiltered')}</p>
      )}
      {group.blocks.map((block) => (
        <BlockTable key={block.block} rule={rule} group={block} bands={inputs.bands} lang={lang} />
      ))}
    </section>
  );
}
