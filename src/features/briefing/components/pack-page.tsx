import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Baseline } from '@/lib/baseline-param';
import type { PackUnitRow } from '@/sql/briefing-pack';
import { useBriefingMovers, useBriefingTotals } from '../api/use-briefing';
import { useBriefingBase, useBriefingTargets, useBriefingWeak } from '../api/use-briefing-extra';
import { IndexBriefing } from './index-briefing';

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
  const totals = useBriefingTotals(unit.unit_code, year);
  const movers = useBriefingMovers(unit.unit_code, year);
  const base = useBriefingBase(unit.unit_code, year, baseline);
  const targets = useBriefingTargets(unit.unit_code);
  const weak = useBriefingWeak(unit.unit_code, year);
  const loaded = [totals, movers, base, targets, weak].every((query) => !query.isPending);
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
      <div className="briefing-indices">
        {(totals.data ?? []).map((fact) => (
          <IndexBriefing
            key={fact.index_code}
            fact={fact}
            unit={unit.unit_code}
            movers={movers.data?.filter((mover) => mover.index_code === fact.index_code)}
            base={base.data?.find((row) => row.index_code === fact.index_code && row.year === fact.year)}
            verdicts={(targets.data ?? []).filter((verdict) => verdict.target.index === fact.index_code)}
            weak={weak.data?.filter((point) => point.index_code === fact.index_code)}
          />
        ))}
      </div>
    </section>
  );
}
