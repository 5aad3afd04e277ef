import { optionalNumber } from './row-columns';

/**
 * The quarter of its peers a rank stands in, over a row of `score_facts` (its `rank` among
 * `peer_count` units): 1 = top quarter … 4 = bottom; NULL without a rank.
 */
export const PEER_QUARTILE_SQL =
  'CASE WHEN rank IS NOT NULL AND peer_count > 0 THEN CAST(ceil(4.0 * rank / peer_count) AS INTEGER) END AS peer_quartile';

/** The column `PEER_QUARTILE_SQL` gives, for a declared row. */
export const PEER_QUARTILE_FACT = {
  /** 1 = top quarter of the peers … 4 = bottom (PAPI's bands are exactly these quartiles). */
  peer_quartile: optionalNumber,
} as const;
