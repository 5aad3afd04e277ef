import { useTranslation } from 'react-i18next';
import { formatIssue, issueDetail } from '@/ingest/format-issue';
import type { ImportIssue } from '@/ingest/types';

/** Shown capped: a million bad rows must not become a million list items. */
export const SHOWN_ISSUES = 20;

export function IssueList({ issues, total }: { issues: readonly ImportIssue[]; total: number }) {
  const { t } = useTranslation('import');
  const { t: tIssue } = useTranslation('import', { keyPrefix: 'issue' });
  const shown = issues.slice(0, SHOWN_ISSUES);
  return (
    <>
      <ul className="issue-list">
        {shown.map((issue, position) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: issues are positional and never reordered
          <li key={position}>
            {formatIssue(issue, (key, params) =>
              tIssue(key, { ...params, defaultValue: t('unknownIssue', { code: key }) }),
            )}
            <TechnicalDetails issue={issue} />
          </li>
        ))}
      </ul>
      {total > shown.length && <p>{t('moreIssues', { count: total - shown.length })}</p>}
    </>
  );
}

/** Engine text, if any, only behind a collapsed line: never the message itself. */
function TechnicalDetails({ issue }: { issue: ImportIssue }) {
  const { t } = useTranslation('import', { keyPrefix: 'issue' });
  const detail = issueDetail(issue);
  if (detail === null) return null;
  return (
    <details className="issue-detail">
      <summary>{t('technical-details')}</summary>
      <code>{detail}</code>
    </details>
  );
}
