import { describe, expect, it } from 'vitest';
import { shopTopology } from '../graph/__fixtures__/synthetic-topology';
import { summarizeDiff } from './diff-summary';
import { diffTopologies } from './topology-diff';

const t = shopTopology();
const [first, second] = t.containers;

describe('summarizeDiff', () => {
  it('tells added, removed and changed apart, with plurals', () => {
    const after = {
      ...t,
      containers: [...t.containers.filter((c) => c.id !== first.id).map((c) => (c.id === second.id ? { ...c, state: 'exited' as const } : c)), { ...first, id: 'f'.repeat(64), name: 'new-one' }],
    };
    expect(summarizeDiff(t, diffTopologies(t, after))).toBe('1 container added, 1 container removed, 1 container changed');
  });

  it('counts endpoints and networks, and says so when nothing visible changed', () => {
    const after = { ...t, endpoints: t.endpoints.slice(2) };
    expect(summarizeDiff(t, diffTopologies(t, after))).toBe('2 endpoints removed');
    expect(summarizeDiff(t, {})).toBe('no visible change');
  });
});
