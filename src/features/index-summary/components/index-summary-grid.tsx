import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { BUNDLED_DATASETS, provenanceLine } from '@/config/datasets';
import type { Lang } from '@/domain/catalogue';
import { useIndexSummaries } from '../api/use-index-summary';
import { IndexSummaryCard } from './index-summary-card';

/** The first screen's proof of the whole chain: every number here comes from SQL over loaded data. */
export function IndexSummaryGrid() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const summaries = useIndexSummaries();
  return (
    <section aria-labelledby="index-summary-heading">
      <h2 id="index-summary-heading" className="section-heading">
        {t('indexSummary.heading')}
      </h2>
      <QueryState query={summaries}>
        {(list) => (
          <div className="card-grid">
            {list.map((summary) => {
              const provenance =
                BUNDLED_DATASETS.filter((candidate) => candidate.indices.includes(summary.index))
                  .map((dataset) => provenanceLine(dataset, lang))
                  .join('; ') || t('dataKind.imported');
              return <IndexSummaryCard key={summary.index} summary={summary} provenance={provenance} />;
            })}
          </div>
        )}
      </QueryState>
    </section>
  );
}
