import { useTranslation } from 'react-i18next';
import { type Baseline, baselineParams } from '@/lib/baseline-param';
import { formatHash } from '@/lib/hash-route';

export interface BriefingActionsProps {
  readonly year: number | null;
  /** The unit's block in that year: the pack prints the units of that block (null while it loads). */
  readonly block: string | null;
  readonly baseline: Baseline;
}

/**
 * The briefing on paper: print this one, or open the council pack of the unit's own block and year
 * (every unit, one page each, with the same baseline).
 */
export function BriefingActions({ year, block, baseline }: BriefingActionsProps) {
  const { t, i18n } = useTranslation('briefingPack');
  return (
    <div className="briefing-actions no-print">
      <button type="button" onClick={() => window.print()} data-testid="print-briefing">
        {t('printOne')}
      </button>
      {block !== null && year !== null && (
        <a
          className="button-like"
          href={formatHash('/briefing/pack', {
            block,
            year: String(year),
            ...baselineParams(baseline),
            lang: i18n.language,
          })}
          data-testid="open-pack"
        >
          {t('openPack')}
        </a>
      )}
    </div>
  );
}
