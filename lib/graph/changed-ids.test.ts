import { describe, expect, it } from 'vitest';
import { shopTopology } from './__fixtures__/synthetic-topology';
import { buildGraph } from './build-graph';
import { changedIds } from './changed-ids';
import { containerNodeId } from './types';

const t = shopTopology();
const [first, second] = t.containers;
const withContainers = (map: (c: (typeof t.containers)[number]) => (typeof t.containers)[number]) => ({ ...t, containers: t.containers.map(map) });

describe('changedIds', () => {
  it('nothing when the map is rebuilt from the same topology (new node objects, same engine objects)', () => {
    expect([...changedIds(buildGraph(t), buildGraph(t))]).toEqual([]);
  });

  it('a container whose state changed, and one whose health did (its status, already without the time: "Up (unhealthy)")', () => {
    const after = withContainers((c) => (c.id === first.id ? { ...c, state: 'exited' as const } : c.id === second.id ? { ...c, status: 'Up (unhealthy)' } : c));
    const ids = changedIds(buildGraph(t), buildGraph(after));
    expect(ids.has(containerNodeId(first.id))).toBe(true);
    expect(ids.has(containerNodeId(second.id))).toBe(true);
    expect(ids.has(containerNodeId(t.containers[2].id))).toBe(false);
  });

  it('a copy of an unchanged container (another object, same content) is not a change', () => {
    const after = withContainers((c) => ({ ...c }));
    expect([...changedIds(buildGraph(t), buildGraph(after))]).toEqual([]);
  });
});
