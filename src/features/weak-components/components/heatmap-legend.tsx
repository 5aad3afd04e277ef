import { useTranslation } from 'react-i18next';
import { formatDelta, formatInteger, formatPercent } from '@/i18n/format';
import { BLUE_ORANGE, CIVIDIS } from '../model/colour-scale';
import type { ColourScale } from '../model/heatmap-grid';
import type { Labels } from './use-labels';

/** The colour ramp with its ends in numbers, and the symbols a cell may show instead of a number. */
export function HeatmapLegend({
  scale,
  peers,
  labels,
}: {
  scale: ColourScale;
  peers: number;
  labels: Labels;
}) {
  const { t } = useTranslation('weak');
  const diverging = scale.mode === 'change';
  const stops = diverging ? BLUE_ORANGE : CIVIDIS;
  const ends =
    scale.mode === 'pct'
      ? [formatPercent(scale.min, labels.lang, 1), formatPercent(scale.max, labels.lang, 1)]
      : scale.mode === 'rank'
        ? [t('heatmap.rankAt', { rank: formatInteger(peers, labels.lang) }), t('heatmap.rankAt', { rank: 1 })]
        : [formatDelta(scale.min, labels.lang), formatDelta(scale.max, labels.lang)];
  const words = diverging
    ? [t('heatmap.legendFell'), t('heatmap.legendRose')]
    : [t('heatmap.legendLow'), t('heatmap.legendHigh')];
  return (
    <div className="heatmap-legend">
      <p className="heatmap-legend-title">{t(`heatmap.mode.${scale.mode}`)}</p>
      <div
        className="heatmap-ramp"
        aria-hidden="true"
        style={{ backgroundImage: `linear-gradient(to right, ${stops.join(', ')})` }}
      />
      <div className="heatmap-ramp-labels">
        <span>
          {words[0]}: {ends[0]}
        </span>
        {diverging && <span>0</span>}
        <span>
          {words[1]}: {ends[1]}
        </span>
      </div>
      <p className="heatmap-symbols small muted">{t('heatmap.symbols')}</p>
    </div>
  );
}
