/**
 * Levels of a province's own units (what a secretariat imports and its council awards), as opposed
 * to provinces, ministries and national tables. A dataset holding any of them is "internal data".
 */
export const INTERNAL_LEVELS: readonly string[] = [
  'department',
  'public_service_unit',
  'central_agency',
  'district',
  'commune',
];
