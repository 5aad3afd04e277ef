import { useTranslation } from 'react-i18next';
import { formatHash } from '@/lib/hash-route';
import { useHomeUnit } from '@/queries/home-unit';
import { useUnits } from '@/queries/units';

/** The overview's way into the briefing of its home unit (the app places it under the cards). */
export function BriefingLink() {
  const { t, i18n } = useTranslation('briefing');
  const { unit } = useHomeUnit();
  const units = useUnits();
  if (unit === null) return null;
  const name = units.data?.find((option) => option.code === unit)?.name ?? unit;
  return (
    <p className="briefing-link">
      <a href={formatHash('/briefing', { unit, lang: i18n.language })} data-testid="open-briefing">
        {t('open', { unit: name })}
      </a>
    </p>
  );
}
