import { type RefObject, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterMark } from '@/lib/marks';

/**
 * Charts draw one at a time, each in a task of its own. A Recharts chart costs tens of milliseconds
 * to mount on a slow office PC; a screen that mounts five at once blocks the page for a third of a
 * second and shows none of them until all are done. In turns, the first appears at once and the page
 * stays responsive while the rest follow.
 */
interface Turn {
  readonly grant: () => void;
  state: 'waiting' | 'granted' | 'done';
}

const queue: Turn[] = [];
let holder: Turn | null = null;

function grantNext(): void {
  holder = queue.shift() ?? null;
  if (holder) {
    holder.state = 'granted';
    holder.grant();
  }
}

/** The holder is done once its chart has committed; the next turn starts in a later task. */
function passTurn(turn: Turn): void {
  if (turn.state !== 'granted') return;
  turn.state = 'done';
  setTimeout(grantNext, 0);
}

/** Queues a chart; `grant` runs when its turn comes. The returned function ends the turn (or the wait). */
export function requestTurn(grant: () => void): () => void {
  const turn: Turn = { grant, state: 'waiting' };
  queue.push(turn);
  if (holder === null) grantNext();
  return () => {
    if (turn.state === 'waiting') queue.splice(queue.indexOf(turn), 1);
    else passTurn(turn);
  };
}

/**
 * While the app starts, a chart out of view waits for the start-up to be over before it takes its turn:
 * on two cores its mount, and the raster of the page it changes, would compete with the compile of
 * DuckDB's wasm for charts the user does not see yet. Over once the live engine has answered the first
 * screen (the gate sets that mark whichever screen opens, when the engine is up), or after this long.
 */
const START_UP_MARK = 'app:first-screen-live';
const START_UP_TIMEOUT_MS = 15_000;
let startUpOver: Promise<void> | null = null;

function afterStartUp(): Promise<void> {
  startUpOver ??= afterMark(START_UP_MARK, START_UP_TIMEOUT_MS);
  return startUpOver;
}

const isStartUpOver = () => performance.getEntriesByName(START_UP_MARK, 'mark').length > 0;

/** In view, or within a quarter of a screen of it. */
function nearView(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  const margin = window.innerHeight / 4;
  return bottom >= -margin && top <= window.innerHeight + margin;
}

/** Calls `onNear` once the element comes within a quarter of a screen of the view. */
function whenNearView(element: Element, onNear: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        onNear();
      }
    },
    { rootMargin: '25% 0px' },
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/** A printout shows every chart: the ones still waiting take their turns at once. */
const printing = new Set<() => void>();
let printWatched = false;

function whenPrinting(callback: () => void): () => void {
  if (!printWatched && typeof window !== 'undefined') {
    printWatched = true;
    // Committed before the browser lays the printout out.
    window.addEventListener('beforeprint', () => {
      flushSync(() => {
        for (const start of [...printing]) start();
      });
    });
  }
  printing.add(callback);
  return () => printing.delete(callback);
}

/**
 * False until it is this chart's turn to draw; render a placeholder of the chart's size until then,
 * with `placeholder` on it: a chart out of view during the start-up waits for it to be over, or for the
 * user to scroll near it, before it queues.
 */
export function useChartTurn(placeholder: RefObject<Element | null>): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    let endTurn: (() => void) | null = null;
    const queueTurn = () => {
      if (endTurn) return;
      stopWaiting();
      // The cleanup runs once the chart has committed (or unmounts first): either way the turn passes on.
      endTurn = requestTurn(() => setReady(true));
    };
    const stops: (() => void)[] = [];
    const stopWaiting = () => {
      for (const stop of stops.splice(0)) stop();
    };
    const element = placeholder.current;
    if (isStartUpOver() || !element || nearView(element)) queueTurn();
    else {
      let active = true;
      stops.push(() => {
        active = false;
      });
      void afterStartUp().then(() => {
        if (active) queueTurn();
      });
      stops.push(whenNearView(element, queueTurn));
      stops.push(whenPrinting(() => setReady(true)));
    }
    return () => {
      stopWaiting();
      endTurn?.();
    };
  }, [ready, placeholder]);
  return ready;
}
