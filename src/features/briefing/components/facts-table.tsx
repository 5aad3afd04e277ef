import { useTranslation } from 'react-i18next';
import { indexDef, type Lang } from '@/domain/catalogue';
import { formatDelta, formatInteger, formatScore, MISSING } from '@/i18n/format';
import type { BaseFact } from '../model/base-facts';
import type { TotalFact } from '../model/facts';

type Change = {
  readonly shown: boolean;
  readonly comparable: boolean | null;
  readonly value: number | null;
  readonly digits?: number;
  readonly suffix?: string;
};

/** A change cell: the signed figure, or why there is none (never a bridged change). */
function ChangeCell({ change, lang }: { change: Change; lang: Lang }) {
  const { t } = useTranslation('briefing');
  if (!change.shown) return <td>{MISSING}</td>;
  if (change.comparable === false) return <td>{t('table.notComparable')}</td>;
  return (
    <td>
      {change.value === null
        ? MISSING
        : `${formatDelta(change.value, lang, change.digits)}${change.suffix ?? ''}`}
    </td>
  );
}

/** The headline figures of one index: value, changes from the previous and the base year, rank, band. */
export function FactsTable({
  fact,
  base,
  lang,
}: {
  fact: TotalFact;
  base: BaseFact | undefined;
  lang: Lang;
}) {
  const { t } = useTranslation('briefing');
  const asked = fact.year === fact.asked_year;
  const maxText = fact.max_score === null ? '' : `/${formatScore(fact.max_score, lang, 0)}`;
  return (
    <div className="table-scroll">
      <table className="data-table briefing-facts">
        <caption>
          {t('table.caption', { index: indexDef(fact.index_code).short[lang], year: fact.year })}
        </caption>
        <tbody>
          <tr data-fact="value">
            <th scope="row">{t('table.value')}</th>
            <td>{fact.score === null ? MISSING : `${formatScore(fact.score, lang)}${maxText}`}</td>
          </tr>
          <tr data-fact="change">
            <th scope="row">{t('table.change')}</th>
            <ChangeCell
              lang={lang}
              change={{
                shown: asked && fact.previous_year !== null,
                comparable: fact.comparable,
                value: fact.score_change,
                suffix: ` (${fact.previous_year})`,
              }}
            />
          </tr>
          {base && (
            <tr data-fact="base-change" data-base={base.base_year}>
              <th scope="row">{t('table.baseChange', { base: base.base_year })}</th>
              <ChangeCell
                lang={lang}
                change={{
                  shown: asked && base.has_base,
                  comparable: base.comparable,
                  value: base.score_change,
                }}
              />
            </tr>
          )}
          <tr data-fact="rank">
            <th scope="row">{t('table.rank')}</th>
            <td>
              {fact.rank === null
                ? MISSING
                : `${formatInteger(fact.rank, lang)}/${formatInteger(fact.peer_count, lang)}`}
            </td>
          </tr>
          <tr data-fact="rank-change">
            <th scope="row">{t('table.rankChange')}</th>
            <ChangeCell
              lang={lang}
              change={{
                shown: asked && fact.previous_rank !== null,
                comparable: fact.rank_comparable,
                value: fact.rank_change,
                digits: 0,
              }}
            />
          </tr>
          {base && (
            <tr data-fact="base-rank-change">
              <th scope="row">{t('table.baseRankChange', { base: base.base_year })}</th>
              <ChangeCell
                lang={lang}
                change={{
                  shown: asked && base.previous_rank !== null && base.rank !== null,
                  comparable: base.rank_comparable,
                  value: base.rank_change,
                  digits: 0,
                }}
              />
            </tr>
          )}
          <tr data-fact="band">
            <th scope="row">{t('table.band')}</th>
            <td>{fact.peer_quartile === null ? MISSING : `${fact.peer_quartile}/4`}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
