import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { useOverview } from '../api/get-overview';
import { OverviewCard } from './overview-card';

/** One card per index for the home unit, in the catalogue's order. */
export function OverviewCards({ unit, unitName }: { unit: string; unitName: string }) {
  const { t } = useTranslation('overview');
  const overview = useOverview(unit);
  return (
    <QueryState query={overview}>
      {(cards) => (
        <ul className="overview-grid" aria-label={t('title')}>
          {cards.map((card) => (
            <li key={card.model.index}>
              <OverviewCard card={card} unit={unit} unitName={unitName} />
            </li>
          ))}
        </ul>
      )}
    </QueryState>
  );
}
