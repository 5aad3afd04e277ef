import { useTranslation } from 'react-i18next';
import type { BandScheme, Rule } from '@/domain/awards/rule-set-types';
import type { UnitVerdict } from '@/domain/awards/verdict-types';
import type { Lang } from '@/domain/catalogue';
import { MISSING } from '@/i18n/format';
import { evidenceOf } from '../model/evidence-lines';
import { type BlockGroup, isNearMiss } from '../model/group-verdicts';
import { EvidenceCell } from './evidence-cell';
import { VerdictBadge } from './verdict-badge';

interface Props {
  readonly rule: Rule;
  readonly group: BlockGroup;
  readonly bands: readonly BandScheme[];
  readonly lang: Lang;
}

/** "2/3" inside the quota; outside it only the position, so "4/3" never reads as a fraction. */
function position(verdict: UnitVerdict, quota: number | null): string {
  if (!verdict.quota) return MISSING;
  const { position: at } = verdict.quota;
  return quota !== null && at <= quota ? `${at}/${quota}` : String(at);
}

function rowClass(verdict: UnitVerdict, quota: number | null): string {
  const kind = isNearMiss(verdict) ? 'near' : verdict.verdict;
  const edge = quota !== null && verdict.quota?.position === quota ? ' quota-edge' : '';
  return `verdict-row verdict-row-${kind}${edge}`;
}

export function BlockTable({ rule, group, bands, lang }: Props) {
  const { t } = useTranslation('awards');
  const blockName = t(`block.${group.block}`, { defaultValue: group.block });
  return (
    <div className="award-block" data-block={group.block}>
      <h4 className="award-block-title">
        {blockName}
        <span className="award-quota">
          {group.quota === null ? t('noQuota') : t('quota', { count: group.quota })}
        </span>
      </h4>
      <div className="table-scroll">
        <table className="data-table award-table">
          <caption className="visually-hidden">
            {rule.title[lang]}: {blockName}
          </caption>
          <colgroup>
            <col className="col-position" />
            <col className="col-unit" />
            <col className="col-verdict" />
            <col className="col-rank" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('col.position')}</th>
              <th scope="col">{t('col.unit')}</th>
              <th scope="col">{t('col.verdict')}</th>
              <th scope="col">{t('col.rank')}</th>
              <th scope="col">{t('col.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {group.rows.map((verdict) => (
              <tr
                key={verdict.unitCode}
                data-unit={verdict.unitCode}
                className={rowClass(verdict, group.quota)}
              >
                <td className="award-position">{position(verdict, group.quota)}</td>
                <th scope="row" className="award-unit">
                  {verdict.unitName}
                  <span className="award-code">{verdict.unitCode}</span>
                </th>
                <td>
                  <VerdictBadge verdict={verdict} />
                </td>
                <td className="award-rank">{verdict.rankInBlock ?? MISSING}</td>
                <td className="award-evidence">
                  <EvidenceCell evidence={evidenceOf(verdict, rule, lang, bands)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
