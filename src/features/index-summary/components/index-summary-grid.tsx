import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { BUNDLED_DATASETS, provenanceLine } from '@/config/datasets';
import type { Lang } from '@/domain/catalogue';
import { useIndexCoverage, useIndexMedians } from '../api/use-index-summary';
import { IndexSummaryCard } from './index-summary-card';

/** The first screen's proof of the whole chain: every number here comes from SQL over loaded data. */
export function IndexSummaryGrid() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const medians = useIndexMedians();
  const coverage = useIndexCoverage();
  return (
    <section aria-labelledby="index-summary-heading">
      <h2 id="index-summary-heading" className="section-heading">
        {t('indexSummary.heading')}
      </h2>
      {coverage.isError && (
        <p role="alert" className="error">
          {t('loading.failed', { message: coverage.error.message })}
        </p>
      )}
      <QueryState query={medians}>
        {(list) => (
          <div className="card-grid">
            {list.map((series) => {
              const provenance =
                BUNDLED_DATASETS.filter((candidate) => candidate.indices.includes(series.index))
                  .map((dataset) => provenanceLine(dataset, lang))
                  .join('; ') || t('dataKind.imported');
              return (
                <IndexSummaryCard
                  key={series.index}
                  series={series}
                  coverage={coverage.data?.find((facts) => facts.index === series.index)}
                  provenance={provenance}
                />
              );
            })}
          </div>
        )}
      </QueryState>
    </section>
  );
}
