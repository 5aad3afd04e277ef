import { useTranslation } from 'react-i18next';
import { BUNDLED_DATASETS, provenanceLine } from '@/config/datasets';
import { indexDef, type Lang } from '@/domain/catalogue';
import { formatDelta, formatInteger, formatScore } from '@/i18n/format';
import { formatHash } from '@/lib/hash-route';
import type { MoverFact, TotalFact } from '../model/facts';
import { moverSentence, totalSentences } from '../model/sentences';

/** A change cell: the signed figure, or why there is none (never a bridged change). */
function changeCell(fact: TotalFact, t: (key: string) => string, lang: Lang): string {
  if (fact.year !== fact.askedYear || fact.previousYear === null) return '—';
  if (fact.comparable === false) return t('table.notComparable');
  return fact.scoreChange === null ? '—' : `${formatDelta(fact.scoreChange, lang)} (${fact.previousYear})`;
}

function rankChangeCell(fact: TotalFact, t: (key: string) => string, lang: Lang): string {
  if (fact.year !== fact.askedYear || fact.previousRank === null) return '—';
  if (fact.rankComparable === false) return t('table.notComparable');
  return fact.rankChange === null ? '—' : formatDelta(fact.rankChange, lang, 0);
}

function MoversTable({
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
              <tr key={mover.componentCode} data-component={mover.componentCode}>
                <th scope="row">{mover.componentName}</th>
                <td>{formatDelta(mover.scoreChange, lang)}</td>
                <td>{mover.rankChange === null ? '—' : formatDelta(mover.rankChange, lang, 0)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

/** One index of the briefing: its sentences (each linked to the chart behind it) and their tables. */
export function IndexBriefing({
  fact,
  movers,
  unit,
}: {
  fact: TotalFact;
  /** Undefined while the components' query runs. */
  movers: readonly MoverFact[] | undefined;
  unit: string;
}) {
  const { t, i18n } = useTranslation('briefing');
  const lang = i18n.language as Lang;
  const def = indexDef(fact.index);
  const chart = formatHash('/trends', { index: fact.index, unit, lang });
  const sentences = [
    ...totalSentences(fact, t, lang),
    ...(fact.year === fact.askedYear ? (movers ?? []).map((mover) => moverSentence(mover, t, lang)) : []),
  ];
  const rises = (movers ?? []).filter((mover) => mover.direction === 'rise');
  const falls = (movers ?? []).filter((mover) => mover.direction === 'fall');
  const headingId = `briefing-${fact.index}`;
  const sources = BUNDLED_DATASETS.filter(
    (dataset) => dataset.indices.includes(fact.index) && fact.kinds.includes(dataset.kind),
  ).map((dataset) => provenanceLine(dataset, lang));
  if (fact.kinds.includes('imported')) sources.push(t('dataKind.imported', { ns: 'common' }));
  return (
    <section className="card briefing-index" data-index={fact.index} aria-labelledby={headingId}>
      <header className="card-header">
        <h2 id={headingId}>{def.short[lang]}</h2>
        {fact.kinds.includes('sample') && (
          <span className="badge badge-sample">{t('dataKind.sample', { ns: 'common' })}</span>
        )}
      </header>
      <ul className="briefing-sentences">
        {sentences.map((sentence) => (
          <li key={sentence.text} data-fact={sentence.fact}>
            <a href={chart}>{sentence.text}</a>
          </li>
        ))}
      </ul>
      <div className="table-scroll">
        <table className="data-table briefing-facts">
          <caption>{t('table.caption', { index: def.short[lang], year: fact.year })}</caption>
          <tbody>
            <tr data-fact="value">
              <th scope="row">{t('table.value')}</th>
              <td>
                {fact.score === null
                  ? '—'
                  : `${formatScore(fact.score, lang)}${fact.maxScore === null ? '' : `/${formatScore(fact.maxScore, lang, 0)}`}`}
              </td>
            </tr>
            <tr data-fact="change">
              <th scope="row">{t('table.change')}</th>
              <td>{changeCell(fact, t, lang)}</td>
            </tr>
            <tr data-fact="rank">
              <th scope="row">{t('table.rank')}</th>
              <td>
                {fact.rank === null
                  ? '—'
                  : `${formatInteger(fact.rank, lang)}/${formatInteger(fact.peerCount, lang)}`}
              </td>
            </tr>
            <tr data-fact="rank-change">
              <th scope="row">{t('table.rankChange')}</th>
              <td>{rankChangeCell(fact, t, lang)}</td>
            </tr>
            <tr data-fact="band">
              <th scope="row">{t('table.band')}</th>
              <td>{fact.quartile === null ? '—' : `${fact.quartile}/4`}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {fact.year === fact.askedYear && movers !== undefined && (
        <>
          <MoversTable caption={t('table.risers')} movers={rises} lang={lang} />
          <MoversTable caption={t('table.fallers')} movers={falls} lang={lang} />
        </>
      )}
      {sources.length > 0 && (
        <p className="small muted briefing-source">
          {t('source', { ns: 'common', source: sources.join('; ') })}
        </p>
      )}
    </section>
  );
}
