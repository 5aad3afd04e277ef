/** Resolves once `performance.mark(name)` has been set, or after `timeoutMs` in any case. */
export function afterMark(name: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName(name, 'mark').length > 0) {
      resolve();
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(name).length > 0) finish();
    });
    const timer = setTimeout(() => finish(), timeoutMs);
    function finish() {
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    }
    observer.observe({ type: 'mark', buffered: true });
  });
}
