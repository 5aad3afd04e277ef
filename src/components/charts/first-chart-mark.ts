let marked = false;

/** `app:first-chart` tells the benchmark (and anyone profiling) when the first chart was painted. */
export function markFirstChartDrawn(): void {
  if (marked) return;
  marked = true;
  requestAnimationFrame(() => performance.mark('app:first-chart'));
}
