import { describe, expect, it } from 'vitest';
import { eachAtMost } from './each-at-most';

describe('eachAtMost', () => {
  it('runs every item once, never more than `concurrency` at a time', async () => {
    const seen: number[] = [];
    let running = 0;
    let most = 0;
    await eachAtMost([1, 2, 3, 4, 5, 6, 7], 3, async (i) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      seen.push(i);
      running--;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('rejects with the first failure; nothing to do is done at once', async () => {
    await expect(eachAtMost([1, 2], 2, async (i) => { if (i === 2) throw new Error('two'); })).rejects.toThrow('two');
    await expect(eachAtMost([], 8, async () => { throw new Error('never'); })).resolves.toBeUndefined();
  });
});
