import { memo, useMemo } from 'react';
import { ChartFrame } from '@/components/charts/chart-frame';
import { MISSING } from '@/i18n/format';
import { lastValue, linesTable } from '../model/chart-table';
import { peerLines } from '../model/shape';
import type { PeerPoint } from '../model/types';
import { TrendChart } from './trend-chart';
import type { TrendsLabels } from './use-trends-labels';

export interface PeerChartProps {
  readonly labels: TrendsLabels;
  readonly range: { readonly from: number; readonly to: number };
  readonly footnote: string;
  readonly peers: readonly PeerPoint[];
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
  const lines = [
    { key: 'best', label: t('peer.best'), slot: 6, faint: true },
    { key: 'median', label: t('peer.median'), slot: 4, dashed: true },
    { key: 'home', label: unitName(home), slot: 0 },
  ];
  const latest = lastValue(data, 'home');
  const point = latest
    ? peers.find((entry) => entry.component === focus && entry.year === latest.year)
    : undefined;
  return (
    <div className="card trends-card">
      <ChartFrame
        title={t('peer.title', { unit: unitName(home), component: componentLabel(focus) })}
        summary={
          point && latest
            ? t('peer.summary', {
                year: latest.year,
                unit: unitName(home),
                home: format(latest.value),
                best: format(point.best),
                bestUnits: point.bestUnits.map(unitName).join(', '),
                median: format(point.median),
                count: point.count,
              })
            : MISSING
        }
        table={linesTable(data, lines, t('year', { ns: 'common' }), format)}
        footnote={footnote}
      >
        <TrendChart data={data} lines={lines} formatValue={format} />
      </ChartFrame>
    </div>
  );
});
