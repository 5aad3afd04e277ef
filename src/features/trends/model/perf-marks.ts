// The bench (scripts/bench/scenario-trends.mjs) measures from a control's input event to the charts in
// view drawn for the new state (`trends:drawn`), and to the moment every chart off screen has caught
// up too (`trends:caught-up`). One of each per `input` mark, so a late re-render of an older state
// cannot be taken for the answer to the latest input.
let pending = false;
let inputs = 0;

export function markTrendsInput(): void {
  pending = true;
  inputs += 1;
  performance.mark('trends:input');
}

/**
 * Recharts draws new data in a second pass, from its own store, after the commit that handed the
 * data over (and within the same task): a mark is set in the next task, once that pass is done.
 */
function markLater(name: string, input: number): void {
  setTimeout(() => {
    if (input === inputs) performance.mark(name);
  }, 0);
}

/**
 * Marks the charts in view drawn; when this answered the latest input, returns what marks every
 * chart caught up, for the caller to run once the charts off screen have caught up.
 */
export function markTrendsDrawn(): (() => void) | null {
  if (!pending) return null;
  pending = false;
  const input = inputs;
  markLater('trends:drawn', input);
  return () => markLater('trends:caught-up', input);
}
