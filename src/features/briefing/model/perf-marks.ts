// The bench (scripts/bench/scenario-briefing.mjs) times a briefing from the change of unit to the
// commit in which every one of its queries has settled. One `drawn` mark per view (unit, year and
// baseline), so re-renders of a view already drawn set nothing.
let lastDrawn: string | null = null;

export function markBriefingDrawn(view: string): void {
  if (view === lastDrawn) return;
  lastDrawn = view;
  performance.mark('briefing:drawn');
}
