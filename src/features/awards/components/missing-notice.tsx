import { useTranslation } from 'react-i18next';
import type { MissingSeries } from '@/domain/awards/missing-data';
import { EXPECTED_HEADER } from '@/ingest/header';

/** Names the data a rule reads that is not loaded, and the file layout that would bring it. */
export function MissingNotice({ missing }: { missing: readonly MissingSeries[] }) {
  const { t } = useTranslation('awards');
  if (missing.length === 0) return null;
  return (
    <div className="notice notice-warn" role="note">
      <p>{t('missing.title')}</p>
      <ul className="issue-list">
        {missing.map((need) => {
          const advised = need.component === 'advised';
          const params = {
            index: need.index,
            component: advised ? t('missing.advised') : need.component,
            codes: advised ? 'L1, L2, …' : need.component,
          };
          return (
            <li key={`${need.index}|${need.component}|${need.of}`}>
              {t(need.of === 'province' ? 'missing.province' : 'missing.self', params)}
            </li>
          );
        })}
      </ul>
      <p className="small">{t('missing.fix', { header: EXPECTED_HEADER })}</p>
    </div>
  );
}
