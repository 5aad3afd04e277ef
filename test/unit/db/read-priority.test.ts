import { describe, expect, it } from 'vitest';
import { asRead, readsQuiet, viewChanged } from '@/db/read-priority';

/** A read that runs until released, noting when it was sent. */
function heldRead(name: string, started: string[]) {
  let release: () => void = () => undefined;
  const done = asRead(
    () =>
      new Promise<string>((resolve) => {
        started.push(name);
        release = () => resolve(name);
      }),
  );
  return { done, release: () => release() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the order reads are sent to the engine in', () => {
  it('sends the reads of the view opened last before those of the view left, in order within each', async () => {
    const started: string[] = [];
    const running = [heldRead('left-running-1', started), heldRead('left-running-2', started)];
    const left = [heldRead('left-1', started), heldRead('left-2', started)];
    viewChanged();
    const shown = [heldRead('shown-1', started), heldRead('shown-2', started)];
    await settle();
    // Two are sent at a time: the rest wait for their turn.
    expect(started).toEqual(['left-running-1', 'left-running-2']);
    for (const read of running) read.release();
    await settle();
    expect(started.slice(2)).toEqual(['shown-1', 'shown-2']);
    for (const read of shown) read.release();
    await settle();
    expect(started.slice(4)).toEqual(['left-1', 'left-2']);
    for (const read of left) read.release();
    expect(await Promise.all([...running, ...shown, ...left].map((read) => read.done))).toHaveLength(6);
  });

  it('sends the next read when one fails, and counts waiting reads as in flight', async () => {
    const started: string[] = [];
    const failing = asRead(() => Promise.reject(new Error('engine said no')));
    const running = heldRead('running', started);
    const waitingRead = heldRead('waiting', started);
    let quiet = false;
    void readsQuiet(1).then(() => {
      quiet = true;
    });
    await expect(failing).rejects.toThrow('engine said no');
    await settle();
    expect(started).toEqual(['running', 'waiting']);
    expect(quiet).toBe(false);
    running.release();
    waitingRead.release();
    await Promise.all([running.done, waitingRead.done]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(quiet).toBe(true);
  });

  it('waits from now on for reads asked just after, when asked to', async () => {
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await sleep(60);
    let quiet = false;
    void readsQuiet(50, true).then(() => {
      quiet = true;
    });
    await sleep(10);
    const late = heldRead('late', []);
    await sleep(60);
    expect(quiet).toBe(false);
    late.release();
    await late.done;
    await sleep(20);
    expect(quiet).toBe(false);
    await sleep(80);
    expect(quiet).toBe(true);
  });
});
