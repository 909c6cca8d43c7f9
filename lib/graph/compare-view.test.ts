import { describe, expect, it } from 'vitest';
import { shopTopology } from './__fixtures__/synthetic-topology';
import { compareView } from './compare-view';
import { containerNodeId } from './types';

const t = shopTopology();
const [gone] = t.containers;
const after = { ...t, containers: t.containers.slice(1), endpoints: t.endpoints.filter((e) => e.containerId !== gone.id) };

describe('compareView', () => {
  it('draws the removed container as a ghost, marks it, counts and words the change', () => {
    const v = compareView(t, after);
    expect(v.drawn.containers.map((c) => c.id)).toContain(gone.id);
    expect(v.marks.nodes.get(containerNodeId(gone.id))).toBe('removed');
    expect(v.counts.removed).toBeGreaterThanOrEqual(1);
    expect(v.counts.added).toBe(0);
    expect(v.sentences.some((s) => s.includes(gone.name) && /removed/.test(s))).toBe(true);
  });

  it('nothing changed: no mark, no sentence', () => {
    const v = compareView(t, t);
    expect(v.marks.nodes.size + v.marks.edges.size).toBe(0);
    expect(v.sentences).toEqual([]);
    expect(v.counts).toEqual({ added: 0, removed: 0, changed: 0 });
  });
});
