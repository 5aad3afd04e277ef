import type { BlockRow } from '@/domain/registries/registry-types';
import type { AdvisingEntry, ScoreFact } from './fact-types';
import type { RuleSet } from './rule-set-types';

/**
 * A rule set's block defaults flattened for src/sql/award-facts.ts, which alone applies them: ranks
 * and sizes of blocks are computed there, so the block must be settled before they are.
 */
export interface BlockResolution {
  readonly levels: readonly { readonly level: string; readonly block: string }[];
  /** One row per agency and year the advising map names, when the rule set gives them a block. */
  readonly advisers: readonly { readonly year: number; readonly unitCode: string; readonly block: string }[];
  /** The user's block map for single units: it wins over everything, the data's own block too. */
  readonly units: readonly { readonly unitCode: string; readonly block: string }[];
}

export const NO_BLOCK_DEFAULTS: BlockResolution = { levels: [], advisers: [], units: [] };

/**
 * The rule set's defaults with the user's block map (src/domain/registries) laid over them: a level
 * the user mapped takes the user's block; a unit the user mapped is in that block whatever the data says,
 * since the user mapped it after seeing it named as in no block.
 */
export function blockResolution(
  ruleSet: RuleSet,
  advising: readonly AdvisingEntry[],
  map: readonly BlockRow[] = [],
): BlockResolution {
  const defaults = ruleSet.blockDefaults;
  const levelMap = new Map(Object.entries(defaults?.levels ?? {}));
  for (const row of map) if (row.target === 'level') levelMap.set(row.code, row.block);
  const levels = [...levelMap]
    .map(([level, block]) => ({ level, block }))
    .sort((a, b) => a.level.localeCompare(b.level));
  const units = map
    .filter((row) => row.target === 'unit')
    .map((row) => ({ unitCode: row.code, block: row.block }))
    .sort((a, b) => a.unitCode.localeCompare(b.unitCode));
  const block = defaults?.advisingAgencies;
  const seen = new Set<string>();
  const advisers: { year: number; unitCode: string; block: string }[] = [];
  if (block !== undefined) {
    for (const entry of advising) {
      const key = `${entry.year}\u0000${entry.unitCode}`;
      if (seen.has(key)) continue;
      seen.add(key);
      advisers.push({ year: entry.year, unitCode: entry.unitCode, block });
    }
    advisers.sort((a, b) => a.year - b.year || a.unitCode.localeCompare(b.unitCode));
  }
  return { levels, advisers, units };
}

/** The blocks a rule set judges by (the subjects of its block rules); empty when it has no block rules. */
export function ruleSetBlocks(ruleSet: RuleSet): ReadonlySet<string> {
  const blocks = new Set<string>();
  for (const rule of ruleSet.rules)
    if (rule.subject.kind === 'blocks') for (const block of rule.subject.blocks) blocks.add(block);
  return blocks;
}

export interface UnplacedUnit {
  readonly unitCode: string;
  readonly unitName: string;
  readonly level: string;
  /** The block the data gives (after the defaults), which no rule judges. */
  readonly block: string;
}

/**
 * Units of the window's last year that are in none of the blocks the rule set judges, so that the
 * screen can name them instead of leaving them silently out. Province-level units are the home
 * province itself, never a block member, and are not listed.
 */
export function unplacedUnits(ruleSet: RuleSet, scores: readonly ScoreFact[], year: number): UnplacedUnit[] {
  const blocks = ruleSetBlocks(ruleSet);
  if (blocks.size === 0) return [];
  const units = new Map<string, UnplacedUnit>();
  for (const fact of scores) {
    if (fact.year !== year || fact.level === 'province' || blocks.has(fact.block)) continue;
    units.set(fact.unitCode, {
      unitCode: fact.unitCode,
      unitName: fact.unitName,
      level: fact.level,
      block: fact.block,
    });
  }
  return [...units.values()].sort((a, b) => a.unitCode.localeCompare(b.unitCode));
}
