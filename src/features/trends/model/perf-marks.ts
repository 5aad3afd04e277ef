// The bench (scripts/bench/scenario-trends.mjs) measures from a control's input event to the commit
// of the charts drawn for the new state. One `drawn` mark per `input` mark, so a late re-render of an
// older state cannot be taken for the answer to the latest input.
let pending = false;

export function markTrendsInput(): void {
  pending = true;
  performance.mark('trends:input');
}

export function markTrendsDrawn(): void {
  if (!pending) return;
  pending = false;
  performance.mark('trends:drawn');
}
