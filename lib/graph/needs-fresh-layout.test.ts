import { describe, expect, it } from 'vitest';
import type { MapGraph, MapNode } from '@/lib/graph/types';
import { needsFreshLayout } from './needs-fresh-layout';

const graph = (...ids: string[]) => ({ nodes: ids.map((id) => ({ id }) as MapNode), edges: [], structureKey: ids.join() }) as unknown as MapGraph;

describe('needsFreshLayout', () => {
  it('lays out the first graph afresh, even an empty one', () => {
    expect(needsFreshLayout(graph(), new Set(), true)).toBe(true);
    expect(needsFreshLayout(graph('a'), new Set(['a']), true)).toBe(true);
  });

  it('keeps positions while at most half of the nodes are new', () => {
    expect(needsFreshLayout(graph('a', 'b', 'c', 'd'), new Set(['a', 'b']), false)).toBe(false);
    expect(needsFreshLayout(graph('a'), new Set(['a', 'gone']), false)).toBe(false);
  });

  it('lays out afresh when most of the map is new', () => {
    expect(needsFreshLayout(graph('a', 'b', 'c'), new Set(['a']), false)).toBe(true);
  });
});
