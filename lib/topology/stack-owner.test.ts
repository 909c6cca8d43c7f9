import { describe, expect, it } from 'vitest';
import { ctr } from '../graph/__fixtures__/synthetic-topology';
import { stackOwner } from './stack-owner';

const byId = (...cs: ReturnType<typeof ctr>[]) => new Map(cs.map((c) => [c.id, c]));

describe('stackOwner', () => {
  const owner = ctr(1, 'owner');
  it('follows container:<x> to the end of the chain', () => {
    const a = ctr(2, 'a', { sharesNetworkWith: owner.id });
    const b = ctr(3, 'b', { sharesNetworkWith: a.id });
    expect(stackOwner(b, byId(owner, a, b)).name).toBe('owner');
    expect(stackOwner(owner, byId(owner)).name).toBe('owner');
  });
  it('never crosses to another engine, and stops at a missing link or a loop', () => {
    const elsewhere = ctr(1, 'owner', { engineId: 'edge' });
    const a = ctr(2, 'a', { sharesNetworkWith: elsewhere.id });
    expect(stackOwner(a, byId(elsewhere, a)).name).toBe('a');
    expect(stackOwner(a, byId(a)).name).toBe('a');
    const x = ctr(4, 'x', { sharesNetworkWith: ctr(5).id });
    const y = ctr(5, 'y', { sharesNetworkWith: x.id });
    expect(['x', 'y']).toContain(stackOwner(x, byId(x, y)).name);
  });
});
