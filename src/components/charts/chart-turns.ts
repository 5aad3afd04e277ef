import { useEffect, useState } from 'react';

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

/** False until it is this chart's turn to draw; render a placeholder of the chart's size until then. */
export function useChartTurn(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    // The cleanup runs once the chart has committed (or unmounts first): either way the turn passes on.
    return requestTurn(() => setReady(true));
  }, [ready]);
  return ready;
}
