import { useTranslation } from 'react-i18next';
import { BUNDLED_DATASETS, provenanceLine } from '@/config/datasets';
import { indexDef, type Lang } from '@/domain/catalogue';
import type { TargetVerdict } from '@/domain/targets/targets';
import type { UnitBriefing } from '../api/use-unit-briefing';
import type { BaseFact } from '../model/base-facts';
import { baseSentence } from '../model/base-sentences';
import type { MoverFact, TotalFact } from '../model/facts';
import { sentenceHref } from '../model/links';
import { moverSentence, totalSentences } from '../model/sentences';
import { targetSentence } from '../model/target-sentences';
import type { WeakFact } from '../model/weak-facts';
import { weakSentence } from '../model/weak-sentences';
import { FactsTable } from './facts-table';
import { MoversTable } from './movers-table';

export interface IndexBriefingProps {
  readonly fact: TotalFact;
  /** Undefined while the components' query runs. */
  readonly movers: readonly MoverFact[] | undefined;
  readonly base: BaseFact | undefined;
  readonly verdicts: readonly TargetVerdict[];
  /** This index's weak components in the asked year; undefined while their query runs. */
  readonly weak: readonly WeakFact[] | undefined;
  readonly unit: string;
}

/** One index of the briefing: its sentences (each linked to the chart or table behind it) and their tables. */
export function IndexBriefing({ fact, movers, base, verdicts, weak, unit }: IndexBriefingProps) {
  const { t, i18n } = useTranslation('briefing');
  const lang = i18n.language as Lang;
  const def = indexDef(fact.index_code);
  const asked = fact.year === fact.asked_year;
  // A base year at or after the figure's year has no change to state ("vs 2021" in 2021).
  const since = asked && base && base.base_year < fact.year ? base : undefined;
  const sentences = [
    ...totalSentences(fact, t, lang),
    ...(since ? [baseSentence(since, fact.unit_name, t, lang)] : []),
    ...verdicts.map((verdict) => targetSentence(verdict, t, lang)),
    ...(asked ? (movers ?? []).map((mover) => moverSentence(mover, t, lang)) : []),
    ...(asked ? (weak ?? []).map((point) => weakSentence(point, t, lang)) : []),
  ];
  const context = { index: fact.index_code, unit, year: fact.year, lang };
  const rises = (movers ?? []).filter((mover) => mover.direction === 'rise');
  const falls = (movers ?? []).filter((mover) => mover.direction === 'fall');
  const headingId = `briefing-${fact.index_code}`;
  const sources = BUNDLED_DATASETS.filter(
    (dataset) => dataset.indices.includes(fact.index_code) && fact.kinds.includes(dataset.kind),
  ).map((dataset) => provenanceLine(dataset, lang));
  if (fact.kinds.includes('imported')) sources.push(t('dataKind.imported', { ns: 'common' }));
  return (
    <section className="card briefing-index" data-index={fact.index_code} aria-labelledby={headingId}>
      <header className="card-header">
        <h2 id={headingId}>{def.short[lang]}</h2>
        {fact.kinds.includes('sample') && (
          <span className="badge badge-sample">{t('dataKind.sample', { ns: 'common' })}</span>
        )}
      </header>
      <ul className="briefing-sentences">
        {sentences.map((sentence) => (
          <li key={sentence.text} data-fact={sentence.fact} data-component={sentence.component}>
            <a href={sentenceHref(sentence, context)}>{sentence.text}</a>
          </li>
        ))}
      </ul>
      <FactsTable fact={fact} base={since} lang={lang} />
      {asked && movers !== undefined && (
        <>
          <MoversTable caption={t('table.risers')} movers={rises} lang={lang} />
          <MoversTable caption={t('table.fallers')} movers={falls} lang={lang} />
        </>
      )}
      {asked && weak?.length === 0 && <p className="small muted">{t('weak.none')}</p>}
      {sources.length > 0 && (
        <p className="small muted briefing-source">
          {t('source', { ns: 'common', source: sources.join('; ') })}
        </p>
      )}
    </section>
  );
}

/** Every index of the unit's briefing, each with its own movers, base-year change, targets and weak points. */
export function IndexBriefings({
  unit,
  facts,
  briefing,
}: {
  unit: string;
  facts: readonly TotalFact[];
  briefing: UnitBriefing;
}) {
  const { movers, base, targets, weak } = briefing;
  return (
    <div className="briefing-indices">
      {facts.map((fact) => (
        <IndexBriefing
          key={fact.index_code}
          fact={fact}
          unit={unit}
          movers={movers.data?.filter((mover) => mover.index_code === fact.index_code)}
          base={base.data?.find((row) => row.index_code === fact.index_code && row.year === fact.year)}
          verdicts={(targets.data ?? []).filter((verdict) => verdict.target.index === fact.index_code)}
          weak={weak.data?.filter((point) => point.index_code === fact.index_code)}
        />
      ))}
    </div>
  );
}
