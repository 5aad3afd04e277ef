import { memo, useMemo } from 'react';
import { MISSING } from '@/i18n/format';
import type { HomePeerStatsRow } from '@/sql/trends-extra';
import { lastValue } from '../model/chart-table';
import { peerLines } from '../model/shape';
import { LinesFigure } from './lines-figure';
import type { TrendsLabels } from './use-trends-labels';

export interface PeerChartProps {
  readonly labels: TrendsLabels;
  readonly range: { readonly from: number; readonly to: number };
  readonly footnote: string;
  readonly peers: readonly HomePeerStatsRow[];
  readonly home: string;
  readonly focus: string;
}

/** The home unit against the best (faint, behind) and the median of its peers. */
export const PeerChart = memo(function PeerChart({
  labels,
  range,
  footnote,
  peers,
  home,
  focus,
}: PeerChartProps) {
  const { t, unitName, componentLabel, format } = labels;
  const data = useMemo(() => peerLines(peers, focus, range.from, range.to), [peers, focus, range]);
  // Drawn first so it sits behind; faint so the eye goes to the home unit.
  const lines = useMemo(
    () => [
      { key: 'best', label: t('peer.best'), slot: 6, faint: true },
      { key: 'median', label: t('peer.median'), slot: 4, dashed: true },
      { key: 'home', label: unitName(home), slot: 0 },
    ],
    [t, unitName, home],
  );
  const latest = lastValue(data, 'home');
  const point = latest
    ? peers.find((entry) => entry.component_code === focus && entry.year === latest.year)
    : undefined;
  return (
    <div className="card trends-card">
      <LinesFigure
        labels={labels}
        title={t('peer.title', { unit: unitName(home), component: componentLabel(focus) })}
        summary={
          point && latest
            ? t('peer.summary', {
                year: latest.year,
                unit: unitName(home),
                home: format(latest.value),
                best: format(point.best_score),
                bestUnits: (point.best_units?.split(',') ?? []).map(unitName).join(', '),
                median: format(point.median_score),
                count: point.scored_count,
              })
            : MISSING
        }
        footnote={footnote}
        data={data}
        lines={lines}
      />
    </div>
  );
});
