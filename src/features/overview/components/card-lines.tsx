import { useTranslation } from 'react-i18next';
import type { Lang } from '@/domain/catalogue';
import { changeDirection, DIRECTION_MARK } from '@/domain/trends/change-direction';
import { rankChangeWords } from '@/i18n/change-words';
import { formatDelta } from '@/i18n/format';
import type { CardChange, CardRank } from '../model/card-model';

/** "▲ tăng +0,12 điểm so với năm 2023": mark and word, so the direction never rests on colour. */
export function ChangeLine({ change, percent }: { change: CardChange; percent: boolean }) {
  const { t, i18n } = useTranslation('overview');
  const lang = i18n.language as Lang;
  switch (change.kind) {
    case 'first':
      return <span className="muted">{t('change.first')}</span>;
    case 'unknown':
      return <span className="muted">{t('change.unknown', { year: change.previousYear })}</span>;
    case 'not-comparable':
      return (
        <span className="not-comparable">
          {t('change.notComparable', { year: change.previousYear })} ({t(`change.reason.${change.reason}`)})
        </span>
      );
    case 'delta':
      return (
        <span className={`change change-${change.direction}`} data-testid="score-change">
          <span aria-hidden="true" className="change-mark">
            {DIRECTION_MARK[change.direction]}
          </span>{' '}
          {t(`change.${change.direction}`)}{' '}
          {change.direction !== 'same' && (
            <strong className="change-value">
              {formatDelta(change.value, lang)} {t(percent ? 'change.percentUnit' : 'change.pointsUnit')}
            </strong>
          )}{' '}
          {t('change.versus', { year: change.previousYear })}
        </span>
      );
  }
}

/** "hạng 12/63 · ▲ tăng 9 bậc so với năm 2023 · hạng công bố"; a shared rank says "đồng hạng". */
export function RankLine({ rank }: { rank: CardRank }) {
  const { t } = useTranslation('overview');
  const position =
    rank.tiedWith > 1
      ? t('rank.tied', { rank: rank.rank, count: rank.peerCount, tied: rank.tiedWith })
      : t('rank.value', { rank: rank.rank, count: rank.peerCount });
  const direction = rank.change.kind === 'delta' ? changeDirection(rank.change.places) : null;
  return (
    <span data-testid="rank">
      <strong>{position}</strong>
      {rank.change.kind === 'delta' && direction && (
        <span className={`change change-${direction}`}>
          {' · '}
          <span aria-hidden="true" className="change-mark">
            {DIRECTION_MARK[direction]}
          </span>{' '}
          {rankChangeWords(rank.change.places, (key, values) => t(key, { ...values, ns: 'common' }))}{' '}
          {t('rank.versus', { year: rank.change.previousYear })}
        </span>
      )}
      {rank.change.kind === 'not-comparable' && (
        <span className="not-comparable">
          {' · '}
          {t('rank.notComparable', { year: rank.change.previousYear })}
        </span>
      )}
      <span className="rank-source"> · {t(`rank.${rank.source}`)}</span>
    </span>
  );
}
