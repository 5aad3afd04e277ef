import { CATALOGUE } from '@/domain/catalogue';
import type { PeerScope } from '@/domain/data-scope';
import type { PeerGroup } from '@/sql/ranks';
import type { PeerChoiceRow } from '@/sql/weak-extra';
import type { WeakViewState } from './url-state';

/** One peer group with data in one year, as `buildPeerChoices` declares it. */
export type PeerChoice = PeerChoiceRow;

/** The view's peer group checked against the data: what to query and what the controls offer. */
export interface ResolvedPeer {
  readonly year: number;
  readonly level: string;
  readonly block: string | null;
  /** The group's data scope: its ranks, medians and verdicts are among these units only. */
  readonly scope: PeerScope;
  readonly peer: PeerGroup;
  readonly years: readonly number[];
  readonly levels: readonly string[];
  /** Blocks of the chosen level that year (empty when that level has none). */
  readonly blocks: readonly string[];
  readonly units: number;
  /** True when the bundled sample ("Tỉnh Mẫu") feeds this group: the screen must label it. */
  readonly sample: boolean;
  /** Kinds of dataset feeding this group (published, sample, imported), for the sources footnote. */
  readonly kinds: readonly string[];
}

const levelOrder = (level: string): number => {
  const position = CATALOGUE.levels.indexOf(level);
  return position < 0 ? CATALOGUE.levels.length : position;
};

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * Chooses year, level and block from the URL when the data has them, otherwise the latest year, the
 * index's headline level (or the first level in catalogue order) and the whole level. A stale permalink
 * thus still opens a sensible view instead of an empty one. Null when the index has no data at all.
 * Only groups of the `scopes` on offer count (`peerScopesFor`); a level held by several of them is
 * the group of the first: one group is always of one data scope.
 */
export function resolvePeer(
  view: WeakViewState,
  allChoices: readonly PeerChoice[],
  headlineLevel: string,
  scopes: readonly PeerScope[],
): ResolvedPeer | null {
  const choices = allChoices.filter((choice) => scopes.includes(choice.data_scope));
  const years = unique(choices.map((choice) => choice.year)).sort((a, b) => b - a);
  const year = view.year !== null && years.includes(view.year) ? view.year : years[0];
  if (year === undefined) return null;
  const inYear = choices.filter((choice) => choice.year === year);
  const levels = unique(inYear.map((choice) => choice.unit_level)).sort(
    (a, b) => levelOrder(a) - levelOrder(b),
  );
  const level =
    [view.level, headlineLevel].find((candidate) => candidate !== null && levels.includes(candidate)) ??
    levels[0];
  const scope = scopes.find((candidate) =>
    inYear.some((choice) => choice.unit_level === level && choice.data_scope === candidate),
  );
  if (level === undefined || scope === undefined) return null;
  const inLevel = inYear.filter((choice) => choice.unit_level === level && choice.data_scope === scope);
  const blocks = unique(inLevel.map((choice) => choice.block).filter((block) => block !== level)).sort();
  const block = view.block !== null && blocks.includes(view.block) ? view.block : null;
  const group = block === null ? inLevel : inLevel.filter((choice) => choice.block === block);
  return {
    year,
    level,
    block,
    scope,
    peer: block === null ? { by: 'level', level, scope } : { by: 'block', level, block, scope },
    years,
    levels,
    blocks,
    units: group.reduce((sum, choice) => sum + choice.units, 0),
    sample: group.some((choice) => choice.kinds.includes('sample')),
    kinds: unique(group.flatMap((choice) => choice.kinds)).sort(),
  };
}

/** Blocks present in a year across the given levels of one data scope (for the list's block filter). */
export function blocksOf(
  choices: readonly PeerChoice[],
  year: number,
  levels: readonly string[],
  scope: PeerScope,
): string[] {
  return unique(
    choices
      .filter(
        (choice) =>
          choice.year === year &&
          choice.data_scope === scope &&
          levels.includes(choice.unit_level) &&
          choice.block !== choice.unit_level,
      )
      .map((choice) => choice.block),
  ).sort();
}
