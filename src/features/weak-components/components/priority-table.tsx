import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore } from '@/i18n/format';
import { describeWeakRow } from '../model/reason-text';
import { FlagBadges, flagWords } from './flag-badges';
import { ChangeText, RankCell, WeakTable, type WeakTableProps } from './weak-points-table';

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
  const { t } = useTranslation('weak');
  const words = useMemo(() => flagWords(t), [t]);
  const notComparable = useTranslation().t('notComparable');
  const [limit, setLimit] = useState(PAGE);
  const { lang } = labels;
  const shown = rows.slice(0, limit);
  // The level column only says something when the list mixes levels or blocks.
  const mixed = new Set(rows.map((row) => `${row.unit_level}/${row.block}`)).size > 1;
  const columns = COLUMNS.filter((key) => mixed || key !== 'level');
  return (
    <>
      <WeakTable className="data-table weak-table priority-table" caption={caption} columns={columns}>
        {shown.map((row) => (
          <tr key={`${row.unit_code}/${row.component_code}`}>
            <th scope="row" className="text-cell">
              {row.unit_name}
            </th>
            <td className="text-cell small">
              {labels.level(row.unit_level)}
              {row.block !== row.unit_level && <span className="muted"> · {labels.block(row.block)}</span>}
            </td>
            <td className="text-cell">
              <span className="weak-code">{row.component_code}</span> {labels.component(row.component_code)}
            </td>
            <td className="text-cell">
              <FlagBadges row={row} words={words} />
            </td>
            <td>{formatScore(row.score, lang)}</td>
            <td>{formatScore(row.pct_of_max, lang, 1)}</td>
            <td>{formatScore(row.median_score, lang)}</td>
            <td>{formatScore(row.best_score, lang)}</td>
            <td>
              <ChangeText row={row} lang={lang} notComparable={notComparable} />
            </td>
            <RankCell row={row} lang={lang} />
            <td className="text-cell weak-reason">{describeWeakRow(row, criteria, lang, t)}</td>
          </tr>
        ))}
      </WeakTable>
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
