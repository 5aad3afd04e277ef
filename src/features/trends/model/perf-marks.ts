// The bench (scripts/bench/scenario-trends.mjs) measures from a control's input event to the commit
// of the charts in view drawn for the new state (`trends:drawn`), and to the moment every chart off
// screen has caught up too (`trends:caught-up`). One of each per `input` mark, so a late re-render of
// an older state cannot be taken for the answer to the latest input.
let pending = false;
let inputs = 0;

export function markTrendsInput(): void {
  pending = true;
  inputs += 1;
  performance.mark('trends:input');
}

/**
 * Marks the charts in view drawn; true when this answered the latest input, and the caller then
 * calls `markTrendsCaughtUp` once the charts off screen have had their turns.
 */
export function markTrendsDrawn(): (() => void) | null {
  if (!pending) return null;
  pending = false;
  performance.mark('trends:drawn');
  const input = inputs;
  return () => {
    if (input === inputs) performance.mark('trends:caught-up');
  };
}
