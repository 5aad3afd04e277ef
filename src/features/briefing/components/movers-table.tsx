import { useTranslation } from 'react-i18next';
import type { Lang } from '@/domain/catalogue';
import { formatDelta, MISSING } from '@/i18n/format';
import { componentName } from '../model/component-name';
import type { MoverFact } from '../model/facts';

/** The components that rose (or fell) most, in points and places. */
export function MoversTable({
  caption,
  movers,
  lang,
}: {
  caption: string;
  movers: readonly MoverFact[];
  lang: Lang;
}) {
  const { t } = useTranslation('briefing');
  return (
    <div className="table-scroll">
      <table className="data-table briefing-movers">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.component')}</th>
            <th scope="col">{t('table.points')}</th>
            <th scope="col">{t('table.places')}</th>
          </tr>
        </thead>
        <tbody>
          {movers.length === 0 ? (
            <tr>
              <td colSpan={3}>{t('table.none')}</td>
            </tr>
          ) : (
            movers.map((mover) => (
              <tr key={mover.component_code} data-component={mover.component_code}>
                <th scope="row">
                  {componentName(mover.index_code, mover.component_code, lang, mover.component_name)}
                </th>
                <td>{formatDelta(mover.score_change, lang)}</td>
                <td>{mover.rank_change === null ? MISSING : formatDelta(mover.rank_change, lang, 0)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
