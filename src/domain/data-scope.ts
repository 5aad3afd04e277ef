/**
 * Whose units the screens are about: the user's own province (imported internal data), the bundled
 * sample province, or every unit loaded (published provinces included). Once the user has own data,
 * it is the default; the sample stays one choice away.
 */
export type DataScope = 'own' | 'sample' | 'all';
export const DATA_SCOPES: readonly DataScope[] = ['own', 'sample', 'all'];

/**
 * Whose data a figure is, as the ranks see it: peers, ranks, medians and verdicts are only ever taken
 * among units of one of these (the user's own units are never compared with the sample province's).
 * `published` holds the bundled published tables and imports that extend them (provinces, ministries).
 */
export type PeerScope = 'own' | 'sample' | 'published';

/**
 * The peer scopes a screen about `scope` may show, best first: own data or the sample alone; every
 * unit shows the home unit's own kind first (`homeScope`: `scopeOfUnit` of it), then the others.
 */
export function peerScopesFor(scope: DataScope, homeScope: DataScope): PeerScope[] {
  if (scope !== 'all') return [scope];
  const first: PeerScope = homeScope === 'all' ? 'published' : homeScope;
  return [first, ...(['published', 'own', 'sample'] as const).filter((other) => other !== first)];
}

export interface ScopeUnit {
  readonly code: string;
  readonly name: string;
  readonly level: string;
  readonly scope: 'own' | 'sample';
  readonly indices: readonly string[];
  readonly lastYear: number | null;
}

/** The scopes on offer: own and sample only when they have units; every unit always. */
export function availableScopes(units: readonly ScopeUnit[]): DataScope[] {
  return DATA_SCOPES.filter((scope) => scope === 'all' || units.some((unit) => unit.scope === scope));
}

/**
 * The URL's choice, else the scope of the unit the URL names (a shared link to a province's figures
 * opens on that province, even where the reader has own data), else the remembered one, when on
 * offer; else own data if any, else every unit.
 */
export function resolveScope(
  asked: DataScope | null,
  remembered: DataScope | null,
  units: readonly ScopeUnit[],
  linkedUnit: string | null = null,
): DataScope {
  const available = availableScopes(units);
  const linked = asked ?? (linkedUnit === null ? null : scopeOfUnit(linkedUnit, units));
  const chosen = [linked, remembered].find((scope) => scope !== null && available.includes(scope));
  return chosen ?? (available.includes('own') ? 'own' : 'all');
}

/** The scope a unit belongs to: picking a unit also says whose units the user is looking at. */
export function scopeOfUnit(code: string, units: readonly ScopeUnit[]): DataScope {
  const own = units.find((unit) => unit.code === code && unit.scope === 'own');
  return own ? 'own' : (units.find((unit) => unit.code === code)?.scope ?? 'all');
}

export function unitsInScope(scope: DataScope, units: readonly ScopeUnit[]): ScopeUnit[] {
  return scope === 'all' ? [] : units.filter((unit) => unit.scope === scope);
}

/**
 * The home unit within a scope: the candidate when it belongs to it, else the scope's first unit in
 * `levelOrder` (departments before communes), then by code. Every unit: the candidate as it is.
 */
export function homeInScope(
  scope: DataScope,
  units: readonly ScopeUnit[],
  candidate: string | null,
  levelOrder: readonly string[],
): string | null {
  const members = unitsInScope(scope, units);
  if (scope === 'all' || members.length === 0) return candidate;
  if (candidate !== null && members.some((unit) => unit.code === candidate)) return candidate;
  const rank = (level: string) => {
    const at = levelOrder.indexOf(level);
    return at < 0 ? levelOrder.length : at;
  };
  const [first] = [...members].sort((a, b) => rank(a.level) - rank(b.level) || a.code.localeCompare(b.code));
  return first?.code ?? candidate;
}

/** The index a screen opens on for a unit: the asked one when the unit has it, else PAR, else its first. */
export function indexForUnit(unit: ScopeUnit | undefined, asked: string | null): string | null {
  if (!unit) return asked;
  if (asked !== null && unit.indices.includes(asked)) return asked;
  return unit.indices.includes('PAR') ? 'PAR' : (unit.indices[0] ?? asked);
}

/** The options (units of a picker) of a scope; every option when the scope is every unit. */
export function optionsInScope<T extends { readonly code: string }>(
  options: readonly T[],
  scope: DataScope,
  units: readonly ScopeUnit[],
): T[] {
  if (scope === 'all') return [...options];
  const members = new Set(unitsInScope(scope, units).map((unit) => unit.code));
  return options.filter((option) => members.has(option.code));
}
