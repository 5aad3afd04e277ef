import { useTranslation } from 'react-i18next';
import { ChartFrame } from '@/components/charts/chart-frame';
import { SimpleLineChart } from '@/components/charts/line-chart';
import { indexDef, type Lang } from '@/domain/catalogue';
import { formatInteger, formatPercent, formatScore } from '@/i18n/format';
import type { CardModel } from '../model/card-model';
import { provenanceText } from '../model/provenance';
import type { SparkModel } from '../model/spark-model';
import { toSparkTable } from '../model/spark-table';

type DataCard = Extract<CardModel, { kind: 'data' }>;

/** The unit's total over the years, compact, with its numbers and its provenance one click away. */
export function CardSparkline({
  model,
  spark,
  unitName,
}: {
  model: DataCard;
  spark: SparkModel;
  unitName: string;
}) {
  const { t, i18n } = useTranslation('overview');
  const lang = i18n.language as Lang;
  const def = indexDef(model.index);
  const first = spark.years[0]?.year;
  const last = spark.years.at(-1)?.year;
  const latestScored = spark.years.findLast((year) => year.score !== null);
  const table = toSparkTable(spark.years, {
    header: [t('year', { ns: 'common' }), t('spark.score'), t('spark.pct'), t('spark.rank')],
    status: {
      not_published: t('notPublished', { ns: 'common' }),
      rank_only: t('spark.rankOnly'),
      missing: t('spark.missing'),
    },
    score: (value) => formatScore(value, lang),
    percent: (value) => formatPercent(value, lang),
    integer: (value) => formatInteger(value, lang),
  });
  const summary = latestScored
    ? t('spark.summary', {
        from: first,
        to: last,
        year: latestScored.year,
        value: formatScore(latestScored.score, lang),
      })
    : t('spark.summaryNoValue', { from: first, to: last });
  const sources = provenanceText(model.datasetIds, lang, t('dataKind.imported', { ns: 'common' }));

  return (
    <ChartFrame
      title={t('spark.title', { index: def.short[lang], unit: unitName })}
      summary={spark.keys.length > 1 ? `${summary} ${t('spark.break')}` : summary}
      table={table}
      footnote={
        <>
          {t('provenance', { sources })}
          {model.sample && (
            <span className="badge badge-sample">{t('dataKind.sample', { ns: 'common' })}</span>
          )}
        </>
      }
    >
      <SimpleLineChart
        data={spark.data}
        xKey="year"
        series={spark.keys.map((key) => ({ key, label: t('spark.score'), faint: key !== spark.keys.at(-1) }))}
        formatValue={(value) => formatScore(value, lang, 0)}
        height={120}
        domain={spark.domain ?? undefined}
        compact
      />
    </ChartFrame>
  );
}
