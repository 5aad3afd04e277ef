import { useTranslation } from 'react-i18next';
import { ChartFrame } from '@/components/charts/chart-frame';
import { SimpleLineChart } from '@/components/charts/line-chart';
import { indexDef, type Lang } from '@/domain/catalogue';
import { formatInteger, formatScore } from '@/i18n/format';
import type { IndexSummary } from '../api/use-index-summary';

export function IndexSummaryCard({ summary, provenance }: { summary: IndexSummary; provenance: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const def = indexDef(summary.index);
  const data = summary.medians.map((point) => ({ year: point.year, median: point.medianPct }));
  const kinds = summary.kinds.map((kind) => t(`dataKind.${kind}`)).join(', ');
  const latest = summary.medians.at(-1);

  return (
    <article className="card index-card" aria-labelledby={`index-${summary.index}`}>
      <header className="card-header">
        <h2 id={`index-${summary.index}`}>{def.short[lang]}</h2>
        <p className="muted">{def.name[lang]}</p>
        {summary.kinds.includes('sample') && (
          <span className="badge badge-sample">{t('dataKind.sample')}</span>
        )}
      </header>
      {summary.rowCount === 0 ? (
        <p>{t('indexSummary.noData')}</p>
      ) : (
        <>
          <dl className="facts">
            <div>
              <dt>{t('indexSummary.latestYear')}</dt>
              <dd data-testid={`latest-year-${summary.index}`}>{summary.latestYear}</dd>
            </div>
            <div>
              <dt>{t('indexSummary.years')}</dt>
              <dd>
                {summary.firstYear}–{summary.latestYear} ({formatInteger(summary.yearCount, lang)})
              </dd>
            </div>
            <div>
              <dt>{t('indexSummary.units')}</dt>
              <dd>{formatInteger(summary.unitCount, lang)}</dd>
            </div>
          </dl>
          <ChartFrame
            title={`${def.short[lang]}: ${t('indexSummary.chartTitle', { level: t(`indexSummary.levelPlural.${def.headlineLevel}`) })}`}
            summary={
              latest
                ? t('indexSummary.latestSummary', {
                    year: latest.year,
                    value: formatScore(latest.medianPct, lang),
                    units: formatInteger(latest.units, lang),
                  })
                : t('indexSummary.noData')
            }
            table={{
              header: [t('year'), t('indexSummary.medianLabel'), t('indexSummary.unitsLabel')],
              rows: summary.medians.map((point) => [point.year, point.medianPct, point.units]),
              displayRows: summary.medians.map((point) => [
                String(point.year),
                formatScore(point.medianPct, lang),
                formatInteger(point.units, lang),
              ]),
            }}
            footnote={`${t('source', { source: provenance })} · ${kinds}`}
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
