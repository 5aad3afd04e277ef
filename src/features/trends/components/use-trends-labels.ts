import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLED_DATASETS } from '@/config/datasets';
import { componentDef, type IndexCode, type Lang } from '@/domain/catalogue';
import { formatScore } from '@/i18n/format';
import { isLang } from '@/i18n/setup';
import { useUnits } from '@/queries/units';
import type { UnitDataset } from '../api/use-unit-datasets';

/** Names, number formats and the provenance footnote every trends chart shares. */
export function useTrendsLabels(
  index: IndexCode,
  shown: readonly string[],
  datasets: readonly UnitDataset[],
) {
  const { t, i18n } = useTranslation('trends');
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'vi';
  const units = useUnits();
  const names = useMemo(
    () => new Map((units.data ?? []).map((unit) => [unit.code, unit.name])),
    [units.data],
  );
  const unitName = useCallback((code: string) => names.get(code) ?? code, [names]);
  const componentName = useCallback(
    (code: string) => (code === 'TOTAL' ? t('total') : (componentDef(index, code)?.name[lang] ?? code)),
    [index, lang, t],
  );
  const componentLabel = useCallback(
    (code: string) => (code === 'TOTAL' ? t('total') : `${code} · ${componentName(code)}`),
    [componentName, t],
  );
  const format = useCallback((value: number) => formatScore(value, lang), [lang]);
  /** A line's name, and the year its stretch starts when a break cut it. */
  const stretchLabel = useCallback(
    (name: string, since: number | null) => (since ? `${name} (${t('since', { year: since })})` : name),
    [t],
  );
  const { footnote, sample } = useMemo(() => {
    const used = datasets.filter((entry) => shown.includes(entry.unit));
    const ids = [...new Set(used.map((entry) => entry.datasetId))];
    const parts = ids.map((id) => {
      const entry = used.find((candidate) => candidate.datasetId === id);
      const bundled = BUNDLED_DATASETS.find((dataset) => dataset.id === id);
      const source = bundled
        ? `${bundled.provenance.publisher[lang]}: ${bundled.provenance.document[lang]} (${bundled.provenance.years})`
        : (entry?.label ?? id);
      return t('footnote', {
        source: t('source', { ns: 'common', source }),
        kind: t(`dataKind.${entry?.kind ?? 'imported'}`, { ns: 'common' }),
      });
    });
    return { footnote: parts.join(' — '), sample: used.some((entry) => entry.kind === 'sample') };
  }, [datasets, shown, lang, t]);
  // One object per change of its parts, so memoised charts skip renders that change nothing.
  return useMemo(
    () => ({ t, lang, unitName, componentName, componentLabel, format, stretchLabel, footnote, sample }),
    [t, lang, unitName, componentName, componentLabel, format, stretchLabel, footnote, sample],
  );
}

export type TrendsLabels = ReturnType<typeof useTrendsLabels>;
