import { useTranslation } from 'react-i18next';
import { indexDef, type Lang } from '@/domain/catalogue';
import { formatPercent, formatScore } from '@/i18n/format';
import { formatHash } from '@/lib/hash-route';
import type { OverviewCard as Card } from '../api/get-overview';
import { ChangeLine, RankLine } from './card-lines';
import { CardSparkline } from './card-sparkline';

/** Where the home unit stands on one index: value, change, rank, band, history, and the way to trends. */
export function OverviewCard({ card, unit, unitName }: { card: Card; unit: string; unitName: string }) {
  const { t, i18n } = useTranslation('overview');
  const lang = i18n.language as Lang;
  const { model, spark } = card;
  const def = indexDef(model.index);
  const percent = def.unit === 'percent';
  const headingId = `overview-card-${model.index}`;

  return (
    <article className="card overview-card" aria-labelledby={headingId} data-index={model.index}>
      <header className="overview-card-header">
        <h2 id={headingId}>{def.short[lang]}</h2>
        {model.kind === 'data' && model.sample && (
          <span className="badge badge-sample">{t('dataKind.sample', { ns: 'common' })}</span>
        )}
        <p className="muted">{def.name[lang]}</p>
      </header>
      {model.kind === 'empty' ? (
        <p className="overview-empty">{t('empty', { index: def.short[lang] })}</p>
      ) : (
        <>
          <p className="overview-value" data-testid="latest-value">
            <span className="overview-year">{t('latest', { year: model.year })}</span>
            {model.rankOnly ? (
              <span className="muted">{t('rankOnly')}</span>
            ) : percent ? (
              <strong className="overview-figure">{formatPercent(model.pctOfMax, lang)}</strong>
            ) : (
              <>
                <strong className="overview-figure">{formatScore(model.score, lang)}</strong>
                <span className="muted">
                  {t('outOf', { max: formatScore(model.maxScore, lang, 0) })} ·{' '}
                  {t('ofMax', { pct: formatPercent(model.pctOfMax, lang) })}
                </span>
              </>
            )}
          </p>
          <dl className="overview-facts">
            <dt>{t('change.label')}</dt>
            <dd>
              <ChangeLine change={model.change} percent={percent} />
            </dd>
            <dt>{t('rank.label')}</dt>
            <dd>
              {model.rank ? <RankLine rank={model.rank} /> : <span className="muted">{t('rank.none')}</span>}
            </dd>
            {model.rank?.quartile != null && (
              <>
                <dt>{t('band.label')}</dt>
                <dd data-testid="band">
                  {t(`band.${model.rank.quartile}`)}{' '}
                  <span className="rank-source">
                    · {t('band.quartile', { quartile: model.rank.quartile })}
                  </span>
                </dd>
              </>
            )}
          </dl>
          {model.notPublishedYears.length > 0 && (
            <p className="notice notice-warn small" data-testid="not-published">
              {t('notPublished', {
                years: model.notPublishedYears.join(', '),
                top: model.topN ?? '',
              })}
            </p>
          )}
          <CardSparkline model={model} spark={spark} unitName={unitName} />
        </>
      )}
      <a className="overview-link" href={formatHash('/trends', { index: model.index, unit, lang })}>
        {t('openTrends', { index: def.short[lang] })} →
      </a>
    </article>
  );
}
