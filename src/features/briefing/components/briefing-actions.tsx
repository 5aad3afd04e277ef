import { useTranslation } from 'react-i18next';
import { formatHash } from '@/lib/hash-route';

/** The briefing on paper: print this one, or open the council pack (every unit, one page each). */
export function BriefingActions({ year }: { year: number | null }) {
  const { t, i18n } = useTranslation('briefingPack');
  return (
    <div className="briefing-actions no-print">
      <button type="button" onClick={() => window.print()} data-testid="print-briefing">
        {t('printOne')}
      </button>
      <a
        className="button-like"
        href={formatHash('/briefing/pack', {
          year: year === null ? undefined : String(year),
          lang: i18n.language,
        })}
        data-testid="open-pack"
      >
        {t('openPack')}
      </a>
    </div>
  );
}
