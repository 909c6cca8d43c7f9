import { describe, expect, it } from 'vitest';
import type { Topology } from '../../topology/types';
import { TopologySnapshot } from './topology-snapshot';

const topology = (label: string) => ({ networks: [], containers: [], label }) as unknown as Topology;

describe('TopologySnapshot', () => {
  it('keeps a read that no change overlapped, until the next change', () => {
    const s = new TopologySnapshot();
    expect(s.current).toBeNull();
    const keep = s.beginRead();
    const t = topology('a');
    expect(keep(t)).toBe(true);
    expect(s.current).toBe(t);
    s.invalidate();
    expect(s.current).toBeNull();
  });

  it('does not keep a read that a change overlapped', () => {
    const s = new TopologySnapshot();
    const keep = s.beginRead();
    s.invalidate(); // an event arrives while the engine is being read
    expect(keep(topology('stale'))).toBe(false);
    expect(s.current).toBeNull();
  });

  it('judges each read by when it began: a later read may be kept while an earlier one is not', () => {
    const s = new TopologySnapshot();
    const early = s.beginRead();
    s.invalidate();
    const late = s.beginRead();
    const fresh = topology('fresh');
    expect(late(fresh)).toBe(true);
    expect(early(topology('stale'))).toBe(false);
    expect(s.current).toBe(fresh);
  });
});
