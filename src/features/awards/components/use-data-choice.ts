import { useCallback, useState } from 'react';
import { readStored, writeStored } from '@/lib/stored-value';
import { parseRememberedChoices, type RememberedChoices, sourcesParam } from '../model/data-sources';
import type { UpdateView } from './use-awards-view';

const KEY = 'rid.awards.data';

/**
 * The choice of data lives in the permalink and is remembered in this browser per rule set, with what was on
 * offer then: a later import of own data is then taken as news, not overridden by an old choice.
 */
export function useDataChoice(update: UpdateView): {
  remembered: RememberedChoices;
  choose: (ruleSetId: string, keys: readonly string[], offered: readonly string[]) => void;
} {
  const [remembered, setRemembered] = useState(() => parseRememberedChoices(readStored(KEY)));
  const choose = useCallback(
    (ruleSetId: string, keys: readonly string[], offered: readonly string[]) => {
      // Read again: another tab may have remembered a choice for another rule set meanwhile.
      const next = {
        ...parseRememberedChoices(readStored(KEY)),
        [ruleSetId]: { sources: [...keys], offered: [...offered] },
      };
      writeStored(KEY, JSON.stringify(next));
      setRemembered(next);
      update({ data: sourcesParam(keys) });
    },
    [update],
  );
  return { remembered, choose };
}
