import { describe, expect, it } from 'vitest';
import { requestTurn } from '@/components/charts/chart-turns';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('chart turns', () => {
  it('lets the first chart draw at once and each next one only after the previous has drawn', async () => {
    const granted: string[] = [];
    const endA = requestTurn(() => granted.push('a'));
    const endB = requestTurn(() => granted.push('b'));
    const endC = requestTurn(() => granted.push('c'));
    expect(granted).toEqual(['a']);
    await nextTask();
    expect(granted).toEqual(['a']);
    endA();
    expect(granted).toEqual(['a']);
    await nextTask();
    expect(granted).toEqual(['a', 'b']);
    endB();
    await nextTask();
    expect(granted).toEqual(['a', 'b', 'c']);
    endC();
    await nextTask();
  });

  it('skips a chart that left the screen while waiting, and passes on the turn of one that left holding it', async () => {
    const granted: string[] = [];
    const endHolder = requestTurn(() => granted.push('holder'));
    const endGone = requestTurn(() => granted.push('gone'));
    const endLast = requestTurn(() => granted.push('last'));
    endGone();
    endHolder();
    await nextTask();
    expect(granted).toEqual(['holder', 'last']);
    endLast();
    await nextTask();
    // The queue is empty again: a new chart draws at once.
    requestTurn(() => granted.push('new'));
    expect(granted).toEqual(['holder', 'last', 'new']);
  });
});
