import type { WeakRow } from '@/sql/weak-components';
import type { Translate } from '../model/reason-text';

/** The badges' words, resolved once per table (a long list would otherwise ask `t` twice a row). */
export interface FlagWords {
  readonly low: string;
  readonly falling: string;
  readonly streak: (count: number) => string;
}

/** `t` of the `weak` namespace. */
export function flagWords(t: Translate): FlagWords {
  return {
    low: t('flag.low'),
    falling: t('flag.falling'),
    streak: (count) => t('flag.streak', { count }),
  };
}

/** Low / falling in words (colour only repeats what the text says). */
export function FlagBadges({ row, words }: { row: WeakRow; words: FlagWords }) {
  return (
    <span className="weak-flags">
      {row.is_low && <span className="badge badge-low">{words.low}</span>}
      {row.is_falling && <span className="badge badge-falling">{words.falling}</span>}
      {row.falling_streak >= 2 && (
        <span className="badge badge-streak">{words.streak(row.falling_streak)}</span>
      )}
    </span>
  );
}
