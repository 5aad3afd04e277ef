/**
 * Settings an administrator may change before building. `defaultHomeUnit` null = the first province
 * in the data with figures in every index (computed at start, in SQL).
 */
export const APP_SETTINGS = {
  defaultHomeUnit: null as string | null,
  /** The home unit a merged province's leaders see first is still its own code. */
  maxCompareUnits: 6,
} as const;
