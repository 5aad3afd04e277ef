import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { indexDef } from '@/domain/catalogue';
import { useHomeUnit } from '@/queries/home-unit';
import { useUnits } from '@/queries/units';
import type { WeakCriteria } from '@/sql/weak-components';
import { useWeakScreen } from '../api/weak-queries';
import { componentRows, priorityFilters } from '../model/list-filters';
import { blocksOf, type PeerChoice, type ResolvedPeer } from '../model/peer-choices';
import { splitScreen } from '../model/screen-parts';
import type { WeakViewState } from '../model/url-state';
import { HeatmapSection } from './heatmap-section';
import { PrioritySection } from './priority-section';
import { useDrawnMark } from './use-drawn-mark';
import type { Labels } from './use-labels';
import { WeakPointsSection } from './weak-points-section';

interface WeakBodyProps {
  readonly view: WeakViewState;
  readonly update: (changes: Partial<WeakViewState>) => void;
  readonly peer: ResolvedPeer;
  readonly choices: readonly PeerChoice[];
  readonly labels: Labels;
}

/** Heatmap, the chosen unit's weak points and the province-wide list, for one resolved peer group. */
export function WeakBody({ view, update, peer, choices, labels }: WeakBodyProps) {
  const { t } = useTranslation('weak');
  const { index } = view;
  const criteria: WeakCriteria = useMemo(
    () => ({ lowMode: view.low, lowThreshold: view.lowPct, fallRankPlaces: view.fall }),
    [view.low, view.lowPct, view.fall],
  );
  const filters = useMemo(
    () => priorityFilters(peer, view.listLevel, view.listBlock),
    [peer, view.listLevel, view.listBlock],
  );
  const screen = useWeakScreen({
    index,
    year: peer.year,
    peer: peer.peer,
    levels: filters.levels,
    blocks: filters.blocks,
    criteria,
  });
  const { unit, setUnit } = useHomeUnit();
  const units = useUnits();
  useDrawnMark(JSON.stringify([index, peer.year, peer.peer, filters, criteria]), screen);

  const parts = useMemo(() => splitScreen(screen.data ?? []), [screen.data]);
  const inGroup = parts.byUnit;
  const groupUnits = useMemo(
    () => (units.data ?? []).filter((option) => inGroup.has(option.code)),
    [units.data, inGroup],
  );
  const listRows = useMemo(() => componentRows(parts.list), [parts.list]);
  const listLevels = view.listLevel.kind === 'all' ? peer.levels : filters.levels;
  const blockName = peer.block === null ? null : labels.block(peer.block);
  const levelName = labels.level(peer.level);
  const group = blockName === null || blockName === levelName ? levelName : `${levelName} · ${blockName}`;
  const title = t('heatmap.title', { index: indexDef(index).short[labels.lang], year: peer.year, group });
  const unitRows = unit === null ? undefined : parts.byUnit.get(unit);
  const unitName = unitRows?.[0]?.unit_name ?? '';

  return (
    <>
      <QueryState query={screen}>
        {() =>
          parts.cells.length === 0 ? (
            <p className="notice notice-warn">{t('heatmap.empty', { year: peer.year })}</p>
          ) : (
            <HeatmapSection
              index={index}
              title={title}
              cells={parts.cells}
              mode={view.colour}
              onMode={(colour) => update({ colour })}
              homeUnit={unit}
              labels={labels}
            />
          )
        }
      </QueryState>
      {unit !== null && (
        <WeakPointsSection
          year={peer.year}
          unit={unit}
          unitName={unitName}
          units={groupUnits}
          onUnit={setUnit}
          criteria={criteria}
          labels={labels}
          query={screen}
          rows={unitRows ?? null}
        />
      )}
      <QueryState query={screen}>
        {() => (
          <PrioritySection
            index={index}
            year={peer.year}
            rows={listRows}
            criteria={criteria}
            levels={peer.levels}
            blocks={blocksOf(choices, peer.year, listLevels, peer.scope)}
            level={view.listLevel}
            block={view.listBlock}
            onFilter={update}
            labels={labels}
          />
        )}
      </QueryState>
    </>
  );
}
