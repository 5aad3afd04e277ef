import { useTranslation } from 'react-i18next';
import type { UnitVerdict } from '@/domain/awards/verdict-types';
import { isNearMiss } from '../model/group-verdicts';

/** Text always says the verdict; colour and symbol only repeat it (never colour alone). */
const SYMBOL = { pass: '✓', fail: '✗', not_assessable: '?', needs_confirmation: '◐' } as const;

export function VerdictBadge({ verdict }: { verdict: UnitVerdict }) {
  const { t } = useTranslation('awards');
  const near = isNearMiss(verdict);
  return (
    <span className="verdict-cell">
      <span className={`verdict verdict-${verdict.verdict}`}>
        <span aria-hidden="true">{SYMBOL[verdict.verdict]} </span>
        {t(`verdict.${verdict.verdict}`, { ns: 'awardRules' })}
      </span>
      {near && <span className="verdict verdict-near">{t('nearMiss')}</span>}
    </span>
  );
}
