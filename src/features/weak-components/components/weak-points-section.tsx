import type { UseQueryResult } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { UnitPicker } from '@/components/ui/unit-picker';
import type { UnitOption } from '@/domain/units';
import type { WeakCriteria, WeakRow } from '@/sql/weak-components';
import { componentRows, isFlagged } from '../model/list-filters';
import type { Labels } from './use-labels';
import { WeakPointsTable, type WeakTableProps } from './weak-points-table';

interface WeakPointsSectionProps {
  readonly year: number;
  readonly unit: string;
  readonly unitName: string;
  readonly units: readonly UnitOption[];
  readonly onUnit: (code: string) => void;
  readonly criteria: WeakCriteria;
  readonly labels: Labels;
  /** The screen's query: its loading and error states are this section's too. */
  readonly query: UseQueryResult<unknown>;
  /** The unit's components from the screen's answer, points lost first; null when not in the group. */
  readonly rows: readonly WeakRow[] | null;
}

/** The chosen unit's flagged components, where it loses most against the best peer first. */
export function WeakPointsSection({
  year,
  unit,
  unitName,
  units,
  onUnit,
  criteria,
  labels,
  query,
  rows,
}: WeakPointsSectionProps) {
  const { t } = useTranslation('weak');
  const id = useId();
  const title = t('weak.title', { unit: unitName || unit });
  const inGroup = units.some((option) => option.code === unit);
  return (
    <section className="weak-section panel" aria-labelledby={id}>
      <div className="weak-section-head">
        <h2 id={id} className="weak-heading">
          {title}
        </h2>
        <UnitPicker
          label={t('weak.unitLabel')}
          units={units}
          value={inGroup ? unit : null}
          onChange={onUnit}
        />
      </div>
      {!inGroup ? (
        <p className="notice notice-warn">{t('weak.notInGroup', { year })}</p>
      ) : (
        <QueryState query={query}>
          {() => <WeakPointsBody rows={rows ?? []} criteria={criteria} labels={labels} caption={title} />}
        </QueryState>
      )}
    </section>
  );
}

function WeakPointsBody({ rows, criteria, labels, caption }: WeakTableProps) {
  const { t } = useTranslation('weak');
  const components = useMemo(() => componentRows(rows), [rows]);
  if (components.length === 0) return <p className="notice notice-warn">{t('weak.noComponents')}</p>;
  const flagged = components.filter(isFlagged).length;
  return (
    <>
      <p className="chart-summary">{t('weak.summary', { flagged, total: components.length })}</p>
      {flagged === 0 && <p className="notice notice-ok">{t('weak.noneFlagged')}</p>}
      <WeakPointsTable rows={components} criteria={criteria} labels={labels} caption={caption} />
    </>
  );
}
