import { useTranslation } from 'react-i18next';
import { RegistryProblemList } from '@/components/ui/registry-problem-list';
import type { Lang } from '@/domain/catalogue';
import { formatRuleFileError } from '@/i18n/award-evidence';
import { formatIssue, issueDetail } from '@/ingest/format-issue';
import type { WorkspaceProblem } from '@/lib/workspace/problems';

const SHOWN_ISSUES = 20;

function problemParams(problem: WorkspaceProblem): Record<string, string | number> {
  const { code: _code, ...rest } = problem;
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(rest))
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  if (problem.code === 'dataset') params.count = problem.issueCount;
  return params;
}

function Details({ text }: { text: string | null | undefined }) {
  const { t } = useTranslation('workspace');
  if (!text) return null;
  return (
    <details className="issue-detail">
      <summary>{t('technical')}</summary>
      <code>{text}</code>
    </details>
  );
}

/** The refusal in the user's language: the part named, a dataset's errors by line and column. */
export function WorkspaceProblemView({ name, problem }: { name: string; problem: WorkspaceProblem }) {
  const { t, i18n } = useTranslation('workspace');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  const { t: tIssue } = useTranslation('import', { keyPrefix: 'issue' });
  const detail = 'detail' in problem ? problem.detail : null;
  return (
    <div role="alert" className="notice notice-error">
      <p>{t('refused', { name })}</p>
      <p>{t(`problem.${problem.code}`, problemParams(problem))}</p>
      {problem.code === 'dataset' && (
        <ul className="issue-list">
          {problem.issues.slice(0, SHOWN_ISSUES).map((issue, position) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: issues are positional and never reordered
            <li key={position}>
              {formatIssue(issue, (key, params) => tIssue(key, params))}
              <Details text={issueDetail(issue)} />
            </li>
          ))}
        </ul>
      )}
      {problem.code === 'rule-set' && (
        <ul className="issue-list">
          {problem.errors.map((error) => (
            <li key={`${error.path}:${error.code}:${error.line}`}>{formatRuleFileError(error, lang)}</li>
          ))}
        </ul>
      )}
      {problem.code === 'registry' && (
        <RegistryProblemList title={t('registryRows')} problems={problem.problems} />
      )}
      <Details text={detail} />
    </div>
  );
}
