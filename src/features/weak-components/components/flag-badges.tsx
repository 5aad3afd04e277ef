import type { WeakRow } from '@/sql/weak-components';
import type { Translate } from '../model/reason-text';

/**
 * Low / falling in words (colour only repeats what the text says). Takes the table's `t` (the `weak`
 * namespace) rather than calling useTranslation: one hook subscription per row of a long list costs more
 * than the badges themselves.
 */
export function FlagBadges({ row, t }: { row: WeakRow; t: Translate }) {
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
