import type { IndexCode } from '@/domain/catalogue';
import { baselineParams } from '@/lib/baseline-param';
import { formatHash } from '@/lib/hash-route';
import type { BriefingSentence } from './sentences';

export interface LinkContext {
  readonly index: IndexCode;
  readonly unit: string;
  readonly year: number;
  readonly lang: string;
}

/**
 * Where each sentence's figures can be seen: the year-over-year table and charts of trends (with the
 * same baseline and component), or the weak-points screen for the same index and year.
 */
export function sentenceHref(sentence: BriefingSentence, context: LinkContext): string {
  const { index, unit, year, lang } = context;
  switch (sentence.fact) {
    case 'weak':
      return formatHash('/weak', { index, year: String(year), unit, lang });
    case 'mover':
      return formatHash('/trends', {
        index,
        unit,
        lang,
        comp: sentence.component,
        focus: sentence.component,
      });
    case 'base':
      return formatHash('/trends', {
        index,
        unit,
        lang,
        ...baselineParams({ mode: 'base', base: sentence.baseYear ?? null }),
      });
    case 'target':
      return formatHash('/trends', {
        index,
        unit,
        lang,
        focus: sentence.component === 'TOTAL' ? undefined : sentence.component,
        ...baselineParams({ mode: 'target', base: null }),
      });
    default:
      return formatHash('/trends', { index, unit, lang });
  }
}
