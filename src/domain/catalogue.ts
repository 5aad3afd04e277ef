import catalogueJson from '../../data/catalogue/indices.json';

export type Lang = 'vi' | 'en';
export type Localized = Readonly<Record<Lang, string>>;
export const INDEX_CODES = ['PAR', 'SIPAS', 'PAPI', 'PCI', 'DDCI'] as const;
export type IndexCode = (typeof INDEX_CODES)[number];

export interface ComponentDef {
  readonly code: string;
  readonly name: Localized;
  /** Scale maximum; null where it is per file (PAR areas carry max_score per row). */
  readonly max: number | null;
  readonly higherIsBetter: boolean;
}
export interface MethodologyVersion {
  readonly id: string;
  readonly from: number;
  readonly to: number | null;
  readonly document: string;
}
/** From `year` on a new method applies: a change from an earlier year is not comparable. */
export interface MethodologyBreak {
  readonly year: number;
  /** null = every component; otherwise only these (PAPI 2018 broke the total only). */
  readonly components: readonly string[] | null;
}
export interface IndexDef {
  readonly code: IndexCode;
  readonly name: Localized;
  readonly short: Localized;
  readonly publisher: Localized;
  readonly unit: 'percent' | 'points';
  /** The level whose units the index is mainly about (the first screen summarises these). */
  readonly headlineLevel: string;
  readonly totalMax: readonly { readonly from: number; readonly max: number }[];
  readonly components: readonly ComponentDef[];
  readonly versions: readonly MethodologyVersion[];
  readonly breaks: readonly MethodologyBreak[];
  readonly publication?: { readonly topOnlyFrom: number; readonly topN: number };
}
/** A change of the peer set (the 2025 merger): ranks across it are not comparable. */
export interface PeerBreak {
  readonly year: number;
  readonly levels: readonly string[];
  readonly reason: Localized;
}
/** How many units a published rank is taken among (a published "rank 3" is "3rd of 63"). */
export interface OfficialPeerCount {
  /** null = every index. */
  readonly index: IndexCode | null;
  readonly level: string;
  readonly from: number;
  readonly to: number | null;
  readonly count: number;
}
export interface Catalogue {
  readonly indices: readonly IndexDef[];
  readonly peerBreaks: readonly PeerBreak[];
  readonly officialPeerCounts: readonly OfficialPeerCount[];
  readonly levels: readonly string[];
}

export const CATALOGUE = catalogueJson as unknown as Catalogue;

export function isIndexCode(value: string): value is IndexCode {
  return (INDEX_CODES as readonly string[]).includes(value);
}

export function indexDef(code: IndexCode, catalogue: Catalogue = CATALOGUE): IndexDef {
  const def = catalogue.indices.find((candidate) => candidate.code === code);
  if (!def) throw new Error(`Index ${code} missing from the catalogue`);
  return def;
}

export function componentDef(index: IndexCode, component: string): ComponentDef | undefined {
  return indexDef(index).components.find((candidate) => candidate.code === component);
}
