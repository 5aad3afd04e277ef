import type { TFunction } from 'i18next';
import type { Lang } from '@/domain/catalogue';
import { formatInteger } from '@/i18n/format';
import type { MedianPoint } from '../api/use-index-summary';

/**
 * What a year's median covers, in words: why there is none (too few units, a top-only release) and,
 * when the data holds fewer units than the level has, "n/N units published". Empty when nothing to say.
 */
export function coverageNote(point: MedianPoint, t: TFunction, lang: Lang): string {
  const units = formatInteger(point.units, lang);
  const notes: string[] = [];
  if (point.officialUnits !== null && point.units < point.officialUnits) {
    notes.push(t('indexSummary.partial', { units, total: formatInteger(point.officialUnits, lang) }));
  }
  if (point.topN !== null) notes.push(t('indexSummary.topOnly', { topN: formatInteger(point.topN, lang) }));
  else if (point.medianPct === null) notes.push(t('indexSummary.fewUnits', { units }));
  return notes.join('; ');
}
