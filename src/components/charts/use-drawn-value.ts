import { type RefObject, startTransition, useEffect, useRef, useState } from 'react';

/**
 * One observer for every chart: whether each is in view or near it (a quarter of a screen above or
 * below), told to its callback whenever that changes.
 */
const nearCallbacks = new WeakMap<Element, (near: boolean) => void>();
let observer: IntersectionObserver | undefined;

function watchNearView(element: Element, onChange: (near: boolean) => void): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => undefined;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) nearCallbacks.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: '25% 0px' },
  );
  nearCallbacks.set(element, onChange);
  observer.observe(element);
  return () => {
    observer?.unobserve(element);
    nearCallbacks.delete(element);
  };
}

/** Charts off screen showing an older value than they were given, each with what brings it up to date. */
const behind = new Set<{ readonly catchUp: () => void }>();
let flushing = false;
let whenCaughtUp: (() => void)[] = [];

/** After the next frame is painted (the charts in view with it), every chart behind catches up at once. */
function scheduleCatchUp(): void {
  if (flushing) return;
  flushing = true;
  requestAnimationFrame(() =>
    setTimeout(() => {
      flushing = false;
      const charts = [...behind];
      // A transition: a change made meanwhile is drawn first, and this catch-up after it.
      startTransition(() => {
        for (const chart of charts) chart.catchUp();
      });
    }, 0),
  );
}

function markCaughtUp(chart: { readonly catchUp: () => void }): void {
  behind.delete(chart);
  if (behind.size > 0) return;
  const callbacks = whenCaughtUp;
  whenCaughtUp = [];
  for (const callback of callbacks) callback();
}

/** Runs `callback` once no chart off screen shows an older value than it was given (at once when none does). */
export function afterChartsCaughtUp(callback: () => void): void {
  if (behind.size === 0) callback();
  else whenCaughtUp.push(callback);
}

/**
 * The value a chart draws from. In view or near it: the latest, at once. Further off screen the chart
 * keeps its drawing through the change, and catches up right after the next frame (or as soon as it
 * is scrolled near the view). A screen of a dozen charts then shows the new state in the ones the user
 * sees without waiting for the others; none is left showing an older state.
 */
export function useDrawnValue<T>(latest: T, box: RefObject<Element | null>): T {
  const [near, setNear] = useState(true);
  const [drawn, setDrawn] = useState(latest);
  const latestRef = useRef(latest);
  useEffect(() => {
    latestRef.current = latest;
  });
  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    return watchNearView(element, (isNear) => {
      // Leaving the view, a chart keeps what it shows; coming near, it shows the latest.
      if (!isNear) setDrawn(latestRef.current);
      setNear(isNear);
    });
  }, [box]);
  useEffect(() => {
    if (near || drawn === latest) return undefined;
    const chart = { catchUp: () => setDrawn(latest) };
    behind.add(chart);
    scheduleCatchUp();
    return () => markCaughtUp(chart);
  }, [near, drawn, latest]);
  return near ? latest : drawn;
}
