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
  if (!change.shown) return <td>—</td>;
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
  const asked = fact.year === fact.askedYear;
  const maxText = fact.maxScore === null ? '' : `/${formatScore(fact.maxScore, lang, 0)}`;
  return (
    <div className="table-scroll">
      <table className="data-table briefing-facts">
        <caption>{t('table.caption', { index: indexDef(fact.index).short[lang], year: fact.year })}</caption>
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
                shown: asked && fact.previousYear !== null,
                comparable: fact.comparable,
                value: fact.scoreChange,
                suffix: ` (${fact.previousYear})`,
              }}
            />
          </tr>
          {base && (
            <tr data-fact="base-change" data-base={base.baseYear}>
              <th scope="row">{t('table.baseChange', { base: base.baseYear })}</th>
              <ChangeCell
                lang={lang}
                change={{
                  shown: asked && base.hasBase,
                  comparable: base.comparable,
                  value: base.scoreChange,
                }}
              />
            </tr>
          )}
          <tr data-fact="rank">
            <th scope="row">{t('table.rank')}</th>
            <td>
              {fact.rank === null
                ? MISSING
                : `${formatInteger(fact.rank, lang)}/${formatInteger(fact.peerCount, lang)}`}
            </td>
          </tr>
          <tr data-fact="rank-change">
            <th scope="row">{t('table.rankChange')}</th>
            <ChangeCell
              lang={lang}
              change={{
                shown: asked && fact.previousRank !== null,
                comparable: fact.rankComparable,
                value: fact.rankChange,
                digits: 0,
              }}
            />
          </tr>
          {base && (
            <tr data-fact="base-rank-change">
              <th scope="row">{t('table.baseRankChange', { base: base.baseYear })}</th>
              <ChangeCell
                lang={lang}
                change={{
                  shown: asked && base.baseRank !== null && base.rank !== null,
                  comparable: base.rankComparable,
                  value: base.rankChange,
                  digits: 0,
                }}
              />
            </tr>
          )}
          <tr data-fact="band">
            <th scope="row">{t('table.band')}</th>
            <td>{fact.quartile === null ? MISSING : `${fact.quartile}/4`}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
