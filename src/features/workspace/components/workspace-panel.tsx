import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@/domain/catalogue';
import { formatPercent } from '@/i18n/format';
import type { WorkspaceProblem } from '@/lib/workspace/problems';
import type { CheckedWorkspace } from '../api/check-workspace';
import { useImportedCount } from '../api/use-imported-count';
import {
  checkWorkspaceFile,
  type ExportedWorkspace,
  exportWorkspace,
  openCheckedWorkspace,
  summary,
  type WorkspaceStage,
} from '../api/workspace-file';
import './workspace.css';
import { OpenConfirm } from './open-confirm';
import { WorkspaceProblemView } from './workspace-problem';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; stage: WorkspaceStage; fraction: number }
  | { kind: 'exported'; result: ExportedWorkspace }
  | { kind: 'confirm'; name: string; checked: CheckedWorkspace }
  | { kind: 'refused'; name: string; problem: WorkspaceProblem }
  | { kind: 'opened'; persisted: boolean }
  | { kind: 'failed'; message: string };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** On the data screen: one file out with everything the user added, one file in to restore it. */
export function WorkspacePanel() {
  const { t, i18n } = useTranslation('workspace');
  const lang = i18n.language as Lang;
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const imported = useImportedCount();
  const progress = (stage: WorkspaceStage, fraction: number) => setStep({ kind: 'busy', stage, fraction });
  const busy = step.kind === 'busy' || step.kind === 'opened';

  const onExport = async () => {
    try {
      setStep({ kind: 'exported', result: await exportWorkspace(progress) });
    } catch (error) {
      setStep({ kind: 'failed', message: message(error) });
    }
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const checked = await checkWorkspaceFile(file, progress);
      setStep(
        checked.ok
          ? { kind: 'confirm', name: file.name, checked: checked.value }
          : { kind: 'refused', name: file.name, problem: checked.problem },
      );
    } catch (error) {
      setStep({ kind: 'failed', message: message(error) });
    }
  };
  const onConfirm = async (name: string, checked: CheckedWorkspace) => {
    try {
      const opened = await openCheckedWorkspace(checked, progress);
      if (!opened.ok) {
        setStep({ kind: 'refused', name, problem: opened.problem });
        return;
      }
      setStep({ kind: 'opened', persisted: opened.persisted });
      // Every screen reads its remembered choices when it starts: the page starts again with them.
      window.setTimeout(() => window.location.reload(), opened.persisted ? 300 : 3000);
    } catch (error) {
      setStep({ kind: 'failed', message: message(error) });
    }
  };

  return (
    <section className="card workspace-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <p className="muted">{t('replaceNote')}</p>
      <div className="workspace-actions">
        <button type="button" disabled={busy} onClick={() => void onExport()}>
          {t('export')}
        </button>{' '}
        <label className="button-like" htmlFor={`${id}-file`}>
          {t('open')}
        </label>
        <input
          id={`${id}-file`}
          className="visually-hidden-input"
          type="file"
          accept=".zip,application/zip"
          disabled={busy}
          onChange={(event) => {
            void onFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      <div role="status" aria-live="polite">
        {step.kind === 'busy' && (
          <p>
            {t(step.stage, { percent: formatPercent(step.fraction * 100, lang, 0) })}{' '}
            <progress max={1} value={step.fraction} />
          </p>
        )}
        {step.kind === 'exported' && (
          <p className="notice">
            {t('exported', {
              name: step.result.fileName,
              datasets: step.result.datasets,
              settings: step.result.settings,
            })}
          </p>
        )}
        {step.kind === 'opened' && (
          <p className="notice">
            {t('opened')}
            {!step.persisted && ` ${t('notPersisted')}`}
          </p>
        )}
      </div>
      {step.kind === 'confirm' && (
        <OpenConfirm
          name={step.name}
          summary={summary(step.checked.manifest)}
          current={imported.data ?? 0}
          onConfirm={() => void onConfirm(step.name, step.checked)}
          onCancel={() => setStep({ kind: 'idle' })}
        />
      )}
      {step.kind === 'refused' && <WorkspaceProblemView name={step.name} problem={step.problem} />}
      {step.kind === 'failed' && (
        <p role="alert" className="notice notice-error">
          {t('failed', { message: step.message })}
        </p>
      )}
    </section>
  );
}
