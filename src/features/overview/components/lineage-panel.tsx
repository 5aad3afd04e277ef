import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@/domain/catalogue';
import type { UnitOption } from '@/domain/units';
import { formatHash } from '@/lib/hash-route';
import { useLineage } from '../api/get-lineage';

/**
 * Issue 7 on the landing screen: a merged unit states what it was formed from (with a way to each
 * former unit's own figures); a unit that was merged away is offered its successor.
 */
export function LineagePanel({
  unit,
  units,
  onSwitch,
}: {
  unit: string;
  units: readonly UnitOption[];
  onSwitch: (code: string) => void;
}) {
  const { t, i18n } = useTranslation('overview');
  const lang = i18n.language as Lang;
  const lineage = useLineage(unit);
  const name = units.find((option) => option.code === unit)?.name ?? unit;
  if (!lineage.data) return null;
  const { merged, successor } = lineage.data;

  return (
    <>
      {merged && (
        <aside className="notice notice-info lineage" aria-label={t('lineage.mergedHeading')}>
          <p className="lineage-note" data-testid="lineage-note">
            {t('lineageNote', {
              ns: 'common',
              name,
              year: merged.year,
              parts: merged.predecessors.map((p) => p.name).join(' + '),
            })}
          </p>
          <p className="small">{t('lineage.mergedNote', { last: merged.year - 1 })}</p>
          <p className="small">
            {t('lineage.predecessors')}{' '}
            {merged.predecessors.map((predecessor, position) => (
              <Fragment key={predecessor.code}>
                {position > 0 && ' · '}
                {predecessor.continues ? (
                  <span>{t('lineage.thisPage', { unit: predecessor.name })}</span>
                ) : (
                  <a href={formatHash('/', { unit: predecessor.code, lang })}>{predecessor.name}</a>
                )}
              </Fragment>
            ))}
          </p>
        </aside>
      )}
      {successor && (
        <aside className="notice notice-warn lineage" aria-label={t('lineage.successorHeading')}>
          <p data-testid="successor-note">
            {t('lineage.successor', { year: successor.year, unit: name, successor: successor.name })}
          </p>
          <button type="button" className="primary" onClick={() => onSwitch(successor.code)}>
            {t('lineage.switchTo', { successor: successor.name })}
          </button>
          <p className="small">
            {t('lineage.history', { unit: name, last: successor.year - 1, successor: successor.name })}
          </p>
        </aside>
      )}
    </>
  );
}
