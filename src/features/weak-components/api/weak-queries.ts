import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { run, runAnalytics } from '@/db/database';
import type { IndexCode } from '@/domain/catalogue';
import { buildHeatmap } from '@/sql/heatmap';
import type { PeerBy, PeerGroup } from '@/sql/ranks';
import { buildPriorityList, buildWeakPoints, type WeakCriteria } from '@/sql/weak-components';
import { buildPeerChoices } from '@/sql/weak-extra';
import { toHeatmapCell, toPeerChoice, toWeakRow } from './row-readers';

// Every argument is in the query key; the previous result stays on screen while the next one is
// computed (keepPreviousData), so a change of year does not flash an empty table.

export const peerChoicesQuery = (index: IndexCode) =>
  queryOptions({
    queryKey: ['weak', 'peer-choices', index],
    queryFn: async () => (await run(buildPeerChoices(index))).map(toPeerChoice),
  });

export const heatmapQuery = (index: IndexCode, year: number, peer: PeerGroup) =>
  queryOptions({
    queryKey: ['weak', 'heatmap', index, year, peer],
    queryFn: async () => (await runAnalytics(buildHeatmap({ index, year, peer }))).map(toHeatmapCell),
    placeholderData: keepPreviousData,
  });

export const weakPointsQuery = (
  index: IndexCode,
  year: number,
  peer: PeerGroup,
  unit: string,
  criteria: WeakCriteria,
) =>
  queryOptions({
    queryKey: ['weak', 'points', index, year, peer, unit, criteria],
    queryFn: async () =>
      (await runAnalytics(buildWeakPoints({ index, year, peer, unit, criteria }))).map(toWeakRow),
    placeholderData: keepPreviousData,
  });

export interface PriorityArgs {
  readonly index: IndexCode;
  readonly year: number;
  readonly peerBy: PeerBy;
  readonly levels: readonly string[];
  readonly blocks: readonly string[];
  readonly criteria: WeakCriteria;
}

export const priorityListQuery = (args: PriorityArgs) =>
  queryOptions({
    queryKey: ['weak', 'priority', args],
    queryFn: async () => (await runAnalytics(buildPriorityList(args))).map(toWeakRow),
    placeholderData: keepPreviousData,
  });

export const usePeerChoices = (index: IndexCode) => useQuery(peerChoicesQuery(index));
export const useHeatmap = (index: IndexCode, year: number, peer: PeerGroup) =>
  useQuery(heatmapQuery(index, year, peer));
/** `enabled` lets the screen run it after the heatmap and list: DuckDB-WASM answers one query at a time. */
export const useWeakPoints = (
  index: IndexCode,
  year: number,
  peer: PeerGroup,
  unit: string,
  criteria: WeakCriteria,
  enabled = true,
) => useQuery({ ...weakPointsQuery(index, year, peer, unit, criteria), enabled });
export const usePriorityList = (args: PriorityArgs) => useQuery(priorityListQuery(args));
