import { describe, expect, it } from 'vitest';
import { benchTopology } from '../graph/__fixtures__/synthetic-topology';
import { diffTopologies } from '../topology/topology-diff';
import type { HeldTopology } from './fetch-topology';
import { patchHeldTopology } from './patch-held-topology';

const before = benchTopology(20, 3);
const after = { ...before, containers: before.containers.map((c, i) => (i === 4 ? { ...c, state: 'exited' as const, status: 'Exited (0)' } : c)) };
const diff = diffTopologies(before, after);
const held: HeldTopology = { epoch: 'e1', version: 5, topology: before };

describe('patchHeldTopology', () => {
  it('applies a change that starts at the version held', () => {
    const next = patchHeldTopology(held, { epoch: 'e1', from: 5, to: 6, diff });
    if (next === 'refetch') throw new Error('refetch');
    expect(next.version).toBe(6);
    expect(next.topology).toEqual(after);
    expect(next.topology.networks).toBe(before.networks); // untouched parts keep their identity
  });
  it('ignores a change already in', () => {
    expect(patchHeldTopology(held, { epoch: 'e1', from: 4, to: 5, diff })).toBe(held);
  });
  it('asks for a whole read after a gap, from another server process, or with nothing held', () => {
    expect(patchHeldTopology(held, { epoch: 'e1', from: 6, to: 7, diff })).toBe('refetch');
    expect(patchHeldTopology(held, { epoch: 'e2', from: 5, to: 6, diff })).toBe('refetch');
    expect(patchHeldTopology(undefined, { epoch: 'e1', from: 5, to: 6, diff })).toBe('refetch');
  });
  it('asks for a whole read when the diff does not fit what is held', () => {
    // It moves a container this version does not have: it was made against another one.
    const misfit = { containers: { upsert: [], remove: [], place: [['default/nope', 0]] as [string, number][] } };
    expect(patchHeldTopology(held, { epoch: 'e1', from: 5, to: 6, diff: misfit })).toBe('refetch');
  });
});
