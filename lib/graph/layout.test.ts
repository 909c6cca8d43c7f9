import { describe, expect, it } from 'vitest';
import { benchTopology, shopTopology } from './__fixtures__/synthetic-topology';
import { buildGraph } from './build-graph';
import { SIZES } from './layout-constants';
import type { MapGraph, MapNode } from './types';

interface Rect { x: number; y: number; w: number; h: number; id: string }

function absolute(graph: MapGraph): Map<string, Rect> {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = new Map<string, Rect>();
  for (const n of graph.nodes) {
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    out.set(n.id, {
      id: n.id,
      x: n.position.x + (parent?.position.x ?? 0),
      y: n.position.y + (parent?.position.y ?? 0),
      w: n.width ?? 0,
      h: n.height ?? 0,
    });
  }
  return out;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const of = (g: MapGraph, type: MapNode['type']) => g.nodes.filter((n) => n.type === type);

describe('bus layout', () => {
  for (const [name, topology] of [['bench 100/10', benchTopology()], ['shop', shopTopology()]] as const) {
    describe(name, () => {
      const graph = buildGraph(topology);
      const abs = absolute(graph);

      it('never overlaps two containers, two groups, or a container and a network header', () => {
        const boxes = [...of(graph, 'container'), ...of(graph, 'group')].map((n) => abs.get(n.id)!);
        const containers = of(graph, 'container').map((n) => abs.get(n.id)!);
        const groups = of(graph, 'group').map((n) => abs.get(n.id)!);
        for (let i = 0; i < containers.length; i++)
          for (let j = i + 1; j < containers.length; j++) expect(overlaps(containers[i], containers[j])).toBe(false);
        for (let i = 0; i < groups.length; i++)
          for (let j = i + 1; j < groups.length; j++) expect(overlaps(groups[i], groups[j])).toBe(false);
        const headers = of(graph, 'network').map((n) => ({ ...abs.get(n.id)!, h: 110 }));
        for (const h of headers) for (const b of boxes) expect(overlaps(h, b)).toBe(false);
      });

      it('keeps every edge short: a container sits next to each of its buses', () => {
        for (const e of graph.edges.filter((x) => x.type === 'endpoint')) {
          const c = abs.get(e.source)!;
          const n = abs.get(e.target)!;
          const busX = n.x + n.w / 2;
          const gap = Math.min(Math.abs(c.x - busX), Math.abs(c.x + c.w - busX));
          // one band: edge space + the other sub-column at most
          expect(gap).toBeLessThanOrEqual(SIZES.edgeSpace + SIZES.busColumn + SIZES.containerWidth + SIZES.subColumnGap + SIZES.groupPadX);
          // and the bus reaches the container's height
          expect(c.y + c.h / 2).toBeGreaterThanOrEqual(n.y);
          expect(c.y + c.h / 2).toBeLessThanOrEqual(n.y + n.h);
        }
      });
    });
  }

  it('places a container on two networks between their two buses', () => {
    const graph = buildGraph(shopTopology());
    const abs = absolute(graph);
    const api = [...abs.values()].find((r) => r.id.startsWith('ctr:') && graph.nodes.find((n) => n.id === r.id)?.data && (graph.nodes.find((n) => n.id === r.id) as { data: { container: { name: string } } }).data.container.name === 'api')!;
    const buses = of(graph, 'network').filter((n) => ['frontend', 'backend'].includes((n.data as { network: { name: string } }).network.name)).map((n) => abs.get(n.id)!);
    const xs = buses.map((b) => b.x + b.w / 2).sort((a, b) => a - b);
    expect(api.x).toBeGreaterThan(xs[0]);
    expect(api.x + api.w).toBeLessThan(xs[1]);
  });

  it('fits a landscape screen at 100 containers on 10 networks (not one endless row)', () => {
    const graph = buildGraph(benchTopology());
    const rects = [...absolute(graph).values()];
    const w = Math.max(...rects.map((r) => r.x + r.w)) - Math.min(...rects.map((r) => r.x));
    const h = Math.max(...rects.map((r) => r.y + r.h)) - Math.min(...rects.map((r) => r.y));
    expect(w / h).toBeGreaterThan(0.8);
    expect(w / h).toBeLessThan(3.5);
  });

  it('is deterministic', () => {
    expect(buildGraph(benchTopology())).toEqual(buildGraph(benchTopology()));
  });
});
