import { type DerivedNeed, run, runAnalytics } from './database';
import type { SqlReader } from './rows';

/** The browser's reader: plain reads, or reads that wait for the derived pass they need. */
export function liveReader(need: DerivedNeed | 'plain' = 'plain'): SqlReader {
  return {
    query: (text, params = []) =>
      need === 'plain' ? run({ text, params }) : runAnalytics({ text, params }, need),
  };
}
