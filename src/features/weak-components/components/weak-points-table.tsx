import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDelta, formatInteger, formatScore } from '@/i18n/format';
import type { WeakCriteria, WeakRow } from '@/sql/weak-components';
import { isFlagged } from '../model/list-filters';
import { describeWeakRow } from '../model/reason-text';
import { FlagBadges, flagWords } from './flag-badges';
import type { Labels } from './use-labels';

/** Columns of words, aligned left (numbers stay right-aligned for comparison). */
export const TEXT_COLUMNS: ReadonlySet<string> = new Set(['unit', 'level', 'component', 'flags', 'reason']);

/** Change in words: a break or a missing year is said, never shown as a plain delta. */
export function ChangeText({
  row,
  lang,
  notComparable,
}: {
  row: WeakRow;
  lang: Labels['lang'];
  /** The common "not comparable" wording, from the table (no translation hook per row). */
  notComparable: string;
}) {
  if (row.comparable === false) return <span className="muted">{notComparable}</span>;
  const change = row.score_change;
  return (
    <span className={change === null || change === 0 ? undefined : change < 0 ? 'down' : 'up'}>
      {formatDelta(change, lang)}
    </span>
  );
}

/** A weak-points table: its caption, one head cell per column (words left, numbers right), its rows. */
export function WeakTable({
  className,
  caption,
  columns,
  children,
}: {
  className: string;
  caption: string;
  columns: readonly string[];
  children: ReactNode;
}) {
  const { t } = useTranslation('weak');
  return (
    <div className="table-scroll">
      <table className={className}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((key) => (
              <th key={key} scope="col" className={TEXT_COLUMNS.has(key) ? 'text-cell' : undefined}>
                {t(`col.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Rank among the peers, "6/63". */
export function RankCell({ row, lang }: { row: WeakRow; lang: Labels['lang'] }) {
  return (
    <td>
      {formatInteger(row.rank, lang)}/{formatInteger(row.peer_count, lang)}
    </td>
  );
}

const COLUMNS = [
  'component',
  'flags',
  'score',
  'best',
  'median',
  'previous',
  'change',
  'rank',
  'lost',
  'reason',
];

/** What a table of weak points draws: the rows, the criteria that flagged them, and its caption. */
export interface WeakTableProps {
  rows: readonly WeakRow[];
  criteria: WeakCriteria;
  labels: Labels;
  caption: string;
}

/** One unit's components with the evidence behind each flag, most points lost first. */
export function WeakPointsTable({ rows, criteria, labels, caption }: WeakTableProps) {
  const { t } = useTranslation('weak');
  const notComparable = useTranslation().t('notComparable');
  const words = useMemo(() => flagWords(t), [t]);
  const { lang } = labels;
  return (
    <WeakTable className="data-table weak-table" caption={caption} columns={COLUMNS}>
      {rows.map((row) => (
        <tr key={row.component_code} className={isFlagged(row) ? 'is-flagged' : 'is-quiet'}>
          <th scope="row" className="text-cell">
            <span className="weak-code">{row.component_code}</span> {labels.component(row.component_code)}
          </th>
          <td className="text-cell">
            {isFlagged(row) ? (
              <FlagBadges row={row} words={words} />
            ) : (
              <span className="muted">{t('weak.notFlagged')}</span>
            )}
          </td>
          <td>{formatScore(row.score, lang)}</td>
          <td>{formatScore(row.best_score, lang)}</td>
          <td>{formatScore(row.median_score, lang)}</td>
          <td>
            {formatScore(row.previous_score, lang)}
            {row.previous_year !== null && <span className="muted small"> ({row.previous_year})</span>}
          </td>
          <td>
            <ChangeText row={row} lang={lang} notComparable={notComparable} />
          </td>
          <RankCell row={row} lang={lang} />
          <td>{formatScore(row.points_lost, lang)}</td>
          <td className="text-cell weak-reason">{describeWeakRow(row, criteria, lang, t)}</td>
        </tr>
      ))}
    </WeakTable>
  );
}
