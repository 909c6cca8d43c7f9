import { describe, expect, it } from 'vitest';
import { applyTopologyDiff } from '../topology/apply-topology-diff';
import { diffTopologies } from '../topology/topology-diff';
import { buildGraph } from './build-graph';
import { mergePositions } from './merge-positions';
import { reuseUnchanged } from './reuse-unchanged';
import { benchTopology } from './__fixtures__/synthetic-topology';

describe('reuseUnchanged', () => {
  const before = benchTopology(60, 6);
  const shown = buildGraph(before);

  it('keeps every object when nothing changed', () => {
    const again = buildGraph(before);
    expect(reuseUnchanged(shown.nodes, mergePositions(shown.nodes, again)).every((n, i) => n === shown.nodes[i])).toBe(true);
    expect(reuseUnchanged(shown.edges, again.edges).every((e, i) => e === shown.edges[i])).toBe(true);
  });

  it('after one container stops, only its node, its edges and its group (whose summary counts the running) are new objects', () => {
    const stopped = before.containers[7];
    const after = { ...before, containers: before.containers.map((c) => (c === stopped ? { ...c, state: 'exited' as const, status: 'Exited (0)' } : c)) };
    const patched = applyTopologyDiff(before, diffTopologies(before, after));
    const next = buildGraph(patched);
    const nodes = reuseUnchanged(shown.nodes, mergePositions(shown.nodes, next));
    const fresh = nodes.filter((n) => !shown.nodes.includes(n)).map((n) => n.id);
    const group = shown.nodes.find((n) => n.id === `ctr:${stopped.id}`)!.parentId;
    expect(fresh.sort()).toEqual([`ctr:${stopped.id}`, group].sort());
    const edges = reuseUnchanged(shown.edges, next.edges);
    const freshEdges = edges.filter((e) => !shown.edges.includes(e));
    expect(freshEdges.length).toBeGreaterThan(0);
    expect(freshEdges.every((e) => e.source === `ctr:${stopped.id}`)).toBe(true);
  });

  it('ignores what React Flow adds on the canvas (measured size)', () => {
    const onCanvas = shown.nodes.map((n) => ({ ...n, measured: { width: 250, height: 56 } }));
    const out = reuseUnchanged(onCanvas, mergePositions(onCanvas, buildGraph(before)));
    expect(out.every((n, i) => n === onCanvas[i])).toBe(true);
  });

  it('a changed node keeps the size React Flow measured (else its edges wait for a resize that may never come)', () => {
    const onCanvas = shown.nodes.map((n) => ({ ...n, measured: { width: 250, height: 56 } }));
    const changed = onCanvas.map((n, i) => (i === 0 ? { ...n, measured: undefined, data: { ...n.data, diff: 'added' } } : n)) as typeof onCanvas;
    const out = reuseUnchanged(onCanvas, changed);
    expect(out[0]).not.toBe(onCanvas[0]);
    expect(out[0].measured).toEqual({ width: 250, height: 56 });
  });

  it('a moved node is a new object', () => {
    const moved = shown.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: n.position.x + 10, y: n.position.y } } : n));
    const out = reuseUnchanged(shown.nodes, moved);
    expect(out[0]).not.toBe(shown.nodes[0]);
    expect(out[1]).toBe(shown.nodes[1]);
  });
});
