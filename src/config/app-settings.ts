/**
 * Settings an administrator may change before building. `defaultHomeUnit` null = the first province
 * in the data with figures in every index (computed at start, in SQL).
 */
export const APP_SETTINGS = {
  defaultHomeUnit: null as string | null,
  /** The home unit a merged province's leaders see first is still its own code. */
  maxCompareUnits: 6,
  /**
   * The base year of the current plans (2021–2025: "tăng 10 bậc so với năm 2021"): the briefing's
   * base-year change for a unit without a target of its own, unless the reader chose another year.
   */
  planBaseYear: 2021,
} as const;
