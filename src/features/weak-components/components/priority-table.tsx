import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatScore } from '@/i18n/format';
import { fastTranslate } from '../model/fast-translate';
import { describeWeakRow } from '../model/reason-text';
import { FlagBadges } from './flag-badges';
import { ChangeText, TEXT_COLUMNS, type WeakTableProps } from './weak-points-table';

/** Rows drawn at first: the list can hold hundreds, the downloads hold them all. */
const PAGE = 50;
const COLUMNS = [
  'unit',
  'level',
  'component',
  'flags',
  'score',
  'pct',
  'median',
  'best',
  'change',
  'rank',
  'reason',
] as const;

/** A memo: the section around it redraws on every control change, the rows only with a new answer. */
export const PriorityTable = memo(function PriorityTable({
  rows,
  criteria,
  labels,
  caption,
}: WeakTableProps) {
  const { t: slowT } = useTranslation('weak');
  // 50 reasons and badges per answer: resolve each message once (see fastTranslate).
  const t = useMemo(() => fastTranslate(slowT), [slowT]);
  const notComparable = useTranslation().t('notComparable');
  const [limit, setLimit] = useState(PAGE);
  const { lang } = labels;
  const shown = rows.slice(0, limit);
  // The level column only says something when the list mixes levels or blocks.
  const mixed = new Set(rows.map((row) => `${row.unit_level}/${row.block}`)).size > 1;
  const columns = COLUMNS.filter((key) => mixed || key !== 'level');
  return (
    <>
      <div className="table-scroll">
        <table className="data-table weak-table priority-table">
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
          <tbody>
            {shown.map((row) => (
              <tr key={`${row.unit_code}/${row.component_code}`}>
                <th scope="row" className="text-cell">
                  {row.unit_name}
                </th>
                <td className="text-cell small">
                  {labels.level(row.unit_level)}
                  {row.block !== row.unit_level && (
                    <span className="muted"> · {labels.block(row.block)}</span>
                  )}
                </td>
                <td className="text-cell">
                  <span className="weak-code">{row.component_code}</span>{' '}
                  {labels.component(row.component_code)}
                </td>
                <td className="text-cell">
                  <FlagBadges row={row} t={t} />
                </td>
                <td>{formatScore(row.score, lang)}</td>
                <td>{formatScore(row.pct_of_max, lang, 1)}</td>
                <td>{formatScore(row.median_score, lang)}</td>
                <td>{formatScore(row.best_score, lang)}</td>
                <td>
                  <ChangeText row={row} lang={lang} notComparable={notComparable} />
                </td>
                <td>
                  {formatInteger(row.rank, lang)}/{formatInteger(row.peer_count, lang)}
                </td>
                <td className="text-cell weak-reason">{describeWeakRow(row, criteria, lang, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown.length && (
        <p className="weak-more">
          <span className="muted small">{t('list.shown', { shown: shown.length, total: rows.length })}</span>{' '}
          <button type="button" onClick={() => setLimit(limit + PAGE * 4)}>
            {t('list.showMore', { count: Math.min(PAGE * 4, rows.length - shown.length) })}
          </button>
        </p>
      )}
    </>
  );
});
