import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { sortByVietnamese } from '@/domain/text';
import { parseBaseline } from '@/lib/baseline-param';
import { useHashRoute } from '@/lib/hash-route';
import { urlCode, urlYear } from '@/lib/url-values';
import type { PackGroupRow } from '@/sql/briefing-pack';
import { usePackGroups, usePackUnits } from '../api/use-briefing-pack';
import { PackControls } from './pack-controls';
import { PackPage, packKey } from './pack-page';
import '../briefing.css';

/** Pages drawn ahead of the last settled one: the engine stays busy while the page stays responsive. */
const AHEAD = 2;

/** The block asked for if the data has it, else the provinces, else the first block. */
function pickGroup(groups: readonly PackGroupRow[], asked: string | null): PackGroupRow | undefined {
  return (
    groups.find((group) => group.block === asked) ??
    groups.find((group) => group.block === 'province') ??
    groups[0]
  );
}

/** `#/briefing/pack?block=so-nganh&year=2024`: one briefing page per unit of a block, for the council. */
export function PackScreen() {
  const { t } = useTranslation('briefingPack');
  const { params, setParams } = useHashRoute();
  const groups = usePackGroups();
  const group = groups.data ? pickGroup(groups.data, urlCode(params.get('block'))) : undefined;
  const asked = urlYear(params.get('year'));
  const year = group ? (group.years.find((option) => option === asked) ?? group.years[0] ?? null) : null;
  const units = usePackUnits(group?.block ?? null, year);
  const baseline = parseBaseline(params);
  const sorted = useMemo(() => sortByVietnamese(units.data ?? [], (unit) => unit.unit_name), [units.data]);

  // Pages are added a few at a time as earlier ones settle, so sixty units never block the page.
  const [settled, setSettled] = useState<ReadonlySet<string>>(new Set());
  const onSettled = useCallback((code: string) => {
    setSettled((current) => (current.has(code) ? current : new Set(current).add(code)));
  }, []);
  const done = year === null ? 0 : sorted.filter((unit) => settled.has(packKey(unit.unit_code, year))).length;
  const shown = sorted.slice(0, Math.min(sorted.length, done + AHEAD));
  const complete = units.isSuccess && done === sorted.length;

  return (
    <section className="briefing briefing-pack" aria-labelledby="pack-heading">
      <h1 id="pack-heading" className="section-heading">
        {t('title')}
      </h1>
      <p className="muted no-print">{t('intro')}</p>
      <QueryState query={groups}>
        {(list) =>
          group &&
          year !== null && (
            <PackControls
              groups={list}
              group={group}
              year={year}
              onChange={(changes) => setParams(changes)}
            />
          )
        }
      </QueryState>
      {units.isSuccess && sorted.length === 0 && year !== null && (
        <p className="muted">{t('empty', { year })}</p>
      )}
      {sorted.length > 0 && (
        <div className="pack-status no-print" aria-live="polite">
          <progress
            value={done}
            max={sorted.length}
            aria-label={t('progress', { done, total: sorted.length })}
          />
          <span data-testid="pack-progress">
            {complete ? t('ready', { total: sorted.length }) : t('progress', { done, total: sorted.length })}
          </span>
          <button
            type="button"
            className="primary"
            disabled={!complete}
            onClick={() => window.print()}
            data-testid="print-pack"
          >
            {t('print')}
          </button>
        </div>
      )}
      {year !== null &&
        shown.map((unit, position) => (
          <PackPage
            key={`${unit.unit_code}-${year}`}
            unit={unit}
            year={year}
            baseline={baseline}
            number={position + 1}
            total={sorted.length}
            onSettled={onSettled}
          />
        ))}
    </section>
  );
}
