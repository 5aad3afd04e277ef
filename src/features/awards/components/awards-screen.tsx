import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { useAwardDatasets } from '../api/use-award-datasets';
import { AwardsWorkspace } from './awards-workspace';
import './awards.css';

/** `#/awards?ruleset=…&year=2025` (or `&period=2021-2025`, `&block=`, `&filter=`, `&data=`). */
export function AwardsScreen() {
  const { t } = useTranslation('awards');
  const datasets = useAwardDatasets();
  return (
    <div className="awards-screen">
      <h1 className="section-heading no-print">{t('title')}</h1>
      <p className="awards-intro no-print">{t('intro')}</p>
      <QueryState query={datasets}>{(list) => <AwardsWorkspace datasets={list} />}</QueryState>
    </div>
  );
}
