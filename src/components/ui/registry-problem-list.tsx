import { useTranslation } from 'react-i18next';
import type { RegistryProblem } from '@/domain/registries/validate-registry';

const SHOWN = 20;

/** A rejected registry (file or table): every problem with its row and column, nothing was changed. */
export function RegistryProblemList({
  title,
  problems,
}: {
  readonly title: string;
  readonly problems: readonly RegistryProblem[];
}) {
  const { t } = useTranslation('registry');
  return (
    <div role="alert" className="notice notice-error registry-problems">
      <p>{title}</p>
      <ul className="issue-list">
        {problems.slice(0, SHOWN).map((problem) => (
          <li key={`${problem.row}:${problem.column}:${problem.code}`}>
            {t('at', {
              row: problem.row,
              column: problem.column,
              text: t(`problem.${problem.code}`, { value: problem.value }),
            })}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p className="small">+{problems.length - SHOWN}</p>}
    </div>
  );
}
