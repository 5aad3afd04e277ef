import { useTranslation } from 'react-i18next';
import type { LineageProblem } from '../model/parse-lineage-csv';

/** Why a file was refused, one problem per line of the file, in file order. */
export function ProblemList({ name, problems }: { name: string; problems: readonly LineageProblem[] }) {
  const { t } = useTranslation('lineageImport');
  return (
    <div role="alert" className="lineage-import-problems">
      <p className="error">{t('rejected', { name })}</p>
      <ul>
        {problems.map((problem, position) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity beyond their order
          <li key={position}>
            {t(`problem.${problem.code}`, { line: problem.line ?? '', ...problem.values })}
          </li>
        ))}
      </ul>
    </div>
  );
}
