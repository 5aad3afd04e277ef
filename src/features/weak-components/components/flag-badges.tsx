import { useTranslation } from 'react-i18next';
import type { WeakRow } from '@/sql/weak-components';

/** Low / falling in words (colour only repeats what the text says). */
export function FlagBadges({ row }: { row: WeakRow }) {
  const { t } = useTranslation('weak');
  return (
    <span className="weak-flags">
      {row.is_low && <span className="badge badge-low">{t('flag.low')}</span>}
      {row.is_falling && <span className="badge badge-falling">{t('flag.falling')}</span>}
      {row.falling_streak >= 2 && (
        <span className="badge badge-streak">{t('flag.streak', { count: row.falling_streak })}</span>
      )}
    </span>
  );
}
