import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Baseline } from '@/lib/baseline-param';
import type { PackUnitRow } from '@/sql/briefing-pack';
import { useUnitBriefing } from '../api/use-unit-briefing';
import { IndexBriefings } from './index-briefing';

/** A page is settled for one unit and one year. */
export const packKey = (code: string, year: number): string => `${code}:${year}`;

/**
 * One unit's page of the council pack: the same facts and sentences as its briefing, from the same
 * queries. Tells the pack once all of them have settled, so the next page can start.
 */
export function PackPage({
  unit,
  year,
  baseline,
  number,
  total,
  onSettled,
}: {
  unit: PackUnitRow;
  year: number;
  baseline: Baseline;
  number: number;
  total: number;
  onSettled: (key: string) => void;
}) {
  const { t } = useTranslation('briefingPack');
  const briefing = useUnitBriefing(unit.unit_code, year, baseline);
  const { totals } = briefing;
  const loaded = Object.values(briefing).every((query) => !query.isPending);
  useEffect(() => {
    if (loaded) onSettled(packKey(unit.unit_code, year));
  });
  const headingId = `pack-${unit.unit_code}`;
  return (
    <section className="pack-page" data-unit={unit.unit_code} aria-labelledby={headingId} aria-busy={!loaded}>
      <header className="pack-page-header">
        <h2 id={headingId}>{t('page', { unit: unit.unit_name, year })}</h2>
        <p className="small muted">{t('pageNumber', { number, total })}</p>
      </header>
      {totals.isError && (
        <p role="alert" className="error">
          {t('loading.failed', { ns: 'common', message: totals.error.message })}
        </p>
      )}
      <IndexBriefings unit={unit.unit_code} facts={totals.data ?? []} briefing={briefing} />
    </section>
  );
}
