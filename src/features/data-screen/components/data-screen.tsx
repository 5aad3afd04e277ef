import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { useCoverage, useDatasets } from '../api/use-datasets';
import { CoverageGrid } from './coverage-grid';
import { DatasetTable } from './dataset-table';
import { EngineMemory } from './engine-memory';

export function DataScreen() {
  const { t } = useTranslation('dataScreen');
  const datasets = useDatasets();
  const coverage = useCoverage();
  return (
    <div className="data-screen">
      <h1 className="section-heading">{t('title')}</h1>
      <p>{t('intro')}</p>
      <section aria-labelledby="datasets-heading">
        <h2 id="datasets-heading">{t('datasetsHeading')}</h2>
        <QueryState query={datasets}>{(list) => <DatasetTable datasets={list} />}</QueryState>
        <EngineMemory />
      </section>
      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">{t('coverageHeading')}</h2>
        <QueryState query={coverage}>{(cells) => <CoverageGrid cells={cells} />}</QueryState>
      </section>
    </div>
  );
}
