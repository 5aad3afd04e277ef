import { type ChangeEvent, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetImport } from '@/lib/persisted-imports';
import {
  dismissRestoreProblem,
  getRestoreProblems,
  type RestoreProblem,
  subscribeRestoreProblems,
} from '@/lib/restore-problems';
import { useWriteQueue } from '@/queries/write-queue/context';

function ProblemLine({ problem }: { problem: RestoreProblem }) {
  const { t } = useTranslation();
  const { queue } = useWriteQueue();
  const remove = async () => {
    await forgetImport(problem.id);
    dismissRestoreProblem(problem.id);
  };
  // The stored copy is dropped first: the file picked now replaces it, through the usual checks.
  const reimport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    await remove();
    queue.enqueue({ kind: 'import', file });
  };
  return (
    <li>
      <span>
        {t('restore.failed', { name: problem.fileName, reason: t(`restore.reason.${problem.reason}`) })}
      </span>{' '}
      <button type="button" onClick={() => void remove()}>
        {t('restore.remove', { name: problem.fileName })}
      </button>{' '}
      <label className="button-like">
        {t('restore.reimport')}
        <input
          type="file"
          accept=".csv,text/csv"
          className="visually-hidden"
          onChange={(event) => void reimport(event)}
        />
      </label>
    </li>
  );
}

/** Names each stored dataset that start-up could not restore, and why; the app runs without them. */
export function RestoreNotice() {
  const { t } = useTranslation();
  const problems = useSyncExternalStore(subscribeRestoreProblems, getRestoreProblems);
  if (problems.length === 0) return null;
  return (
    <section
      className="notice notice-warn restore-notice"
      role="alert"
      aria-labelledby="restore-notice-title"
    >
      <h2 id="restore-notice-title">{t('restore.title')}</h2>
      <ul>
        {problems.map((problem) => (
          <ProblemLine key={problem.id} problem={problem} />
        ))}
      </ul>
    </section>
  );
}
