import { useCallback, useState } from 'react';
import { readStored, writeStored } from '@/lib/stored-value';
import { parseRememberedChoice, type RememberedChoice, sourcesParam } from '../model/data-sources';
import type { UpdateView } from './use-awards-view';

const KEY = 'rid.awards.data';

/**
 * The choice of data lives in the permalink and is remembered in this browser, with what was on
 * offer then: a later import of own data is then taken as news, not overridden by an old choice.
 */
export function useDataChoice(update: UpdateView): {
  remembered: RememberedChoice | null;
  choose: (keys: readonly string[], offered: readonly string[]) => void;
} {
  const [remembered, setRemembered] = useState(() => parseRememberedChoice(readStored(KEY)));
  const choose = useCallback(
    (keys: readonly string[], offered: readonly string[]) => {
      const next = { sources: [...keys], offered: [...offered] };
      writeStored(KEY, JSON.stringify(next));
      setRemembered(next);
      update({ data: sourcesParam(keys) });
    },
    [update],
  );
  return { remembered, choose };
}
