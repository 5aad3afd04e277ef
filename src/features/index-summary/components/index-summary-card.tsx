import { useTranslation } from 'react-i18next';
import { ChartFrame } from '@/components/charts/chart-frame';
import { SimpleLineChart } from '@/components/charts/line-chart';
import { indexDef, type Lang } from '@/domain/catalogue';
import { formatInteger, formatPercent, formatScore } from '@/i18n/format';
import type { IndexCoverage, IndexMedians } from '../api/use-index-summary';
import { coverageNote } from './coverage-note';

/** Shown in place of a fact while its query is still running. */
const PENDING = '…';

export function IndexSummaryCard({
  series,
  coverage,
  provenance,
}: {
  series: IndexMedians;
  /** Undefined while the coverage query runs: the chart does not wait for it. */
  coverage: IndexCoverage | undefined;
  provenance: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const def = indexDef(series.index);
  const data = series.medians.map((point) => ({ year: point.year, median: point.medianPct }));
  const kinds = coverage?.kinds.map((kind) => t(`dataKind.${kind}`)).join(', ');
  const latest = series.medians.at(-1);
  // The medians are over one kind of data only; say which when it is not the published figures.
  const kindNote =
    series.kind && series.kind !== 'published'
      ? `${t('indexSummary.overKind', { kind: t(`dataKind.${series.kind}`) })}. `
      : '';
  const summary = latest
    ? kindNote +
      (latest.medianPct === null
        ? t('indexSummary.yearSummary', { year: latest.year, note: coverageNote(latest, t, lang) })
        : [
            t('indexSummary.latestSummary', {
              year: latest.year,
              value: formatPercent(latest.medianPct, lang),
              units: formatInteger(latest.units, lang),
            }),
            coverageNote(latest, t, lang) && `${coverageNote(latest, t, lang)}.`,
          ]
            .filter(Boolean)
            .join(' '))
    : t('indexSummary.noData');

  return (
    <article className="card index-card" aria-labelledby={`index-${series.index}`}>
      <header className="card-header">
        <h2 id={`index-${series.index}`}>{def.short[lang]}</h2>
        <p className="muted">{def.name[lang]}</p>
        {coverage?.kinds.includes('sample') && (
          <span className="badge badge-sample">{t('dataKind.sample')}</span>
        )}
      </header>
      {coverage?.rowCount === 0 ? (
        <p>{t('indexSummary.noData')}</p>
      ) : (
        <>
          <dl className="facts" aria-busy={coverage === undefined}>
            <div>
              <dt>{t('indexSummary.latestYear')}</dt>
              <dd data-testid={`latest-year-${series.index}`}>{coverage ? coverage.latestYear : PENDING}</dd>
            </div>
            <div>
              <dt>{t('indexSummary.years')}</dt>
              <dd>
                {coverage
                  ? `${coverage.firstYear}–${coverage.latestYear} (${formatInteger(coverage.yearCount, lang)})`
                  : PENDING}
              </dd>
            </div>
            <div>
              <dt>{t('indexSummary.units')}</dt>
              <dd>{coverage ? formatInteger(coverage.unitCount, lang) : PENDING}</dd>
            </div>
          </dl>
          <ChartFrame
            title={`${def.short[lang]}: ${t('indexSummary.chartTitle', { level: t(`indexSummary.levelPlural.${def.headlineLevel}`) })}`}
            summary={summary}
            table={{
              header: [
                t('year'),
                t('indexSummary.medianLabel'),
                t('indexSummary.unitsLabel'),
                t('indexSummary.noteLabel'),
              ],
              rows: series.medians.map((point) => [
                point.year,
                point.medianPct,
                point.units,
                coverageNote(point, t, lang),
              ]),
              displayRows: series.medians.map((point) => [
                String(point.year),
                formatScore(point.medianPct, lang),
                formatInteger(point.units, lang),
                coverageNote(point, t, lang),
              ]),
            }}
            footnote={
              kinds
                ? `${t('source', { source: provenance })} · ${kinds}`
                : t('source', { source: provenance })
            }
          >
            <SimpleLineChart
              data={data}
              xKey="year"
              series={[{ key: 'median', label: t('indexSummary.medianLabel') }]}
              formatValue={(value) => formatScore(value, lang, 0)}
              height={180}
              compact
            />
          </ChartFrame>
        </>
      )}
    </article>
  );
}
