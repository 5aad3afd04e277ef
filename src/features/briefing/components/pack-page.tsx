import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Baseline } from '@/lib/baseline-param';
import { useBriefingMovers, useBriefingTotals } from '../api/use-briefing';
import { useBriefingBase, useBriefingTargets, useBriefingWeak } from '../api/use-briefing-extra';
import type { PackUnit } from '../api/use-briefing-pack';
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
  unit: PackUnit;
  year: number;
  baseline: Baseline;
  number: number;
  total: number;
  onSettled: (key: string) => void;
}) {
  const { t } = useTranslation('briefingPack');
  const totals = useBriefingTotals(unit.code, year);
  const movers = useBriefingMovers(unit.code, year);
  const base = useBriefingBase(unit.code, year, baseline);
  const targets = useBriefingTargets(unit.code);
  const weak = useBriefingWeak(unit.code, year);
  const loaded = [totals, movers, base, targets, weak].every((query) => !query.isPending);
  useEffect(() => {
    if (loaded) onSettled(packKey(unit.code, year));
  });
  const headingId = `pack-${unit.code}`;
  return (
    <section className="pack-page" data-unit={unit.code} aria-labelledby={headingId} aria-busy={!loaded}>
      <header className="pack-page-header">
        <h2 id={headingId}>{t('page', { unit: unit.name, year })}</h2>
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
            key={fact.index}
            fact={fact}
            unit={unit.code}
            movers={movers.data?.filter((mover) => mover.index === fact.index)}
            base={base.data?.find((row) => row.index === fact.index && row.year === fact.year)}
            verdicts={(targets.data ?? []).filter((verdict) => verdict.target.index === fact.index)}
            weak={weak.data?.filter((point) => point.index === fact.index)}
          />
        ))}
      </div>
    </section>
  );
}
