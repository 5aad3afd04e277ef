import { useTranslation } from 'react-i18next';
import { BUNDLED_DATASETS, provenanceLine } from '@/config/datasets';
import type { IndexCode, Lang } from '@/domain/catalogue';

/** Where the figures on this screen come from: the bundled datasets of the index that feed the group. */
export function SourcesNote({ index, kinds }: { index: IndexCode; kinds: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const lines = BUNDLED_DATASETS.filter(
    (dataset) => dataset.indices.includes(index) && kinds.includes(dataset.kind),
  ).map((dataset) => provenanceLine(dataset, lang));
  if (kinds.includes('imported')) lines.push(t('dataKind.imported'));
  if (lines.length === 0) return null;
  return <p className="chart-footnote weak-sources">{t('source', { source: lines.join('; ') })}</p>;
}
