import { useTranslation } from 'react-i18next';

export interface PrintSource {
  readonly text: string;
  /** Sample (fictional) data is flagged in print as on screen. */
  readonly sample: boolean;
}

export interface PrintHeaderProps {
  readonly screenTitle: string;
  /** The view's filters as the permalink carries them (`#/trends?index=PAPI` → [['index', 'PAPI']]). */
  readonly filters: readonly (readonly [string, string])[];
  readonly sources: readonly PrintSource[];
}

/** Hidden on screen; on paper it says what the page shows, filtered how, from which sources. */
export function PrintHeader({ screenTitle, filters, sources }: PrintHeaderProps) {
  const { t } = useTranslation();
  return (
    <div className="print-header">
      <p className="print-app-title">{t('appTitle')}</p>
      <p className="print-screen-title">{screenTitle}</p>
      <dl className="print-facts">
        <div>
          <dt>{t('print.filters')}</dt>
          <dd>
            {filters.length === 0
              ? t('print.noFilters')
              : filters.map(([key, value]) => `${key} = ${value}`).join(' · ')}
          </dd>
        </div>
        <div>
          <dt>{t('print.sources')}</dt>
          <dd>
            <ul className="print-sources">
              {sources.map((source) => (
                <li key={source.text}>
                  {source.text}
                  {source.sample && <span className="badge badge-sample">{t('dataKind.sample')}</span>}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </div>
  );
}
