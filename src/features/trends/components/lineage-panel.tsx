import { memo, useMemo } from 'react';
import type { SeriesRow } from '@/sql/series';
import { COMBINED_KEY, type LineageView, lineageLines, OWN_KEY, predecessorKey } from '../model/lineage';
import type { TrendsState } from '../model/url-state';
import { LinesFigure } from './lines-figure';
import type { TrendsLabels } from './use-trends-labels';

export interface LineagePanelProps {
  readonly labels: TrendsLabels;
  readonly range: { readonly from: number; readonly to: number };
  readonly footnote: string;
  readonly view: LineageView;
  readonly series: readonly SeriesRow[];
  readonly focus: string;
  readonly combined: boolean;
  readonly update: (changes: Partial<TrendsState>) => void;
}

/**
 * A merged unit: each former unit's own line up to the year before the merger, the new unit's from
 * the merger on. Nothing is summed or averaged unless the user ticks the box, and then it says so.
 */
export const LineagePanel = memo(function LineagePanel({
  labels,
  range,
  footnote,
  view,
  series,
  focus,
  combined,
  update,
}: LineagePanelProps) {
  const { t, componentLabel, unitName } = labels;
  // Imported links carry codes only (the crosswalk carries names): the units list names them.
  const nameOf = (code: string, name: string) => (name === code ? unitName(code) : name);
  const own = nameOf(view.code, view.name);
  const data = useMemo(
    () => lineageLines(series, view, focus, range, combined),
    [series, view, focus, range, combined],
  );
  const names = view.predecessors.map((part) => nameOf(part.code, part.name));
  const lines = [
    ...view.predecessors.map((part, position) => ({
      key: predecessorKey(part.code),
      slot: position + 1,
      label: t('lineage.before', { name: nameOf(part.code, part.name), year: view.year }),
    })),
    { key: OWN_KEY, slot: 0, label: t('lineage.own', { name: own, year: view.year }) },
    ...(combined ? [{ key: COMBINED_KEY, slot: 4, dashed: true, label: t('lineage.combined') }] : []),
  ];
  const formula = t('lineage.formula', { names: names.join(' + '), count: names.length });
  return (
    <section className="card trends-card trends-lineage" aria-labelledby="trends-lineage-note">
      <p id="trends-lineage-note" className="notice notice-warn">
        {t('lineage.note', {
          note: t('lineageNote', { ns: 'common', name: own, year: view.year, parts: names.join(' + ') }),
        })}
      </p>
      <LinesFigure
        labels={labels}
        headingLevel={2}
        title={t('lineage.title', { name: own, component: componentLabel(focus) })}
        summary={t('lineage.summary', { last: view.year - 1, year: view.year, name: own })}
        footnote={combined ? `${formula} ${footnote}` : footnote}
        data={data}
        lines={lines}
      />
      <label className="trends-check trends-combined">
        <input
          type="checkbox"
          checked={combined}
          onChange={(event) => update({ combined: event.target.checked })}
        />
        {t('lineage.combinedToggle')}
      </label>
      {combined && <p className="small">{formula}</p>}
    </section>
  );
});
