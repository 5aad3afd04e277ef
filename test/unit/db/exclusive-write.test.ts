import { describe, expect, it } from 'vitest';
import { changeScores, exclusiveWrite } from '@/db/database';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('writes on the write connection run one at a time', () => {
  it('starts a write only once the one before it has settled, failed or not', async () => {
    const log: string[] = [];
    let releaseFirst: () => void = () => undefined;
    const first = exclusiveWrite(async () => {
      log.push('first:start');
      await new Promise<void>((resolve) => {
        releaseFirst = resolve;
      });
      log.push('first:end');
      throw new Error('aborted transaction');
    });
    const second = changeScores(
      async () => {
        log.push('second:start');
        return 'ok';
      },
      () => false,
    );
    await tick();
    expect(log).toEqual(['first:start']);
    releaseFirst();
    await expect(first).rejects.toThrow('aborted transaction');
    await expect(second).resolves.toBe('ok');
    expect(log).toEqual(['first:start', 'first:end', 'second:start']);
  });
});
