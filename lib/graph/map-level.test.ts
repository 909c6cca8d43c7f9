import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph';
import { benchTopology, scaleTopology, shopTopology } from './__fixtures__/synthetic-topology';
import { LEGIBLE_PX, chooseMapLevel, graphBounds, networkNamePxAtFit, surelyOverview } from './map-level';

// The canvas of a 1600 x 1000 window under the page header.
const W = 1600;
const H = 940;

describe('chooseMapLevel', () => {
  it('opens a small map at the container level (it fits legibly)', () => {
    expect(chooseMapLevel(graphBounds(buildGraph(shopTopology())), W, H)).toBe('containers');
  });

  it.each([[300, 20, 8], [1000, 50, 20]])('opens %i containers on %i networks at the overview', (count, nets, projects) => {
    expect(chooseMapLevel(graphBounds(buildGraph(scaleTopology(count, nets, projects))), W, H)).toBe('overview');
  });
});

describe('surelyOverview', () => {
  it.each([[700, 50, 20], [1000, 50, 20], [1000, 10, 10], [1000, 3, 2], [2000, 50, 20]])('%i containers on %i networks: certain without a layout, and the layout agrees', (count, nets, projects) => {
    expect(surelyOverview(count, W, H)).toBe(true);
    expect(chooseMapLevel(graphBounds(buildGraph(scaleTopology(count, nets, projects))), W, H)).toBe('overview');
  });

  it.each([0, 5, 100, 300, 600])('%i containers: not certain, the container view is laid out and measured', (count) => {
    expect(surelyOverview(count, W, H)).toBe(false);
  });

  it('is never certain where the measured choice is the container view', () => {
    for (let count = 50; count <= 1200; count += 50) {
      for (const [w, h] of [[W, H], [3840, 2000], [1024, 700]]) {
        if (!surelyOverview(count, w, h)) continue;
        expect(chooseMapLevel(graphBounds(buildGraph(scaleTopology(count, 8, 4))), w, h)).toBe('overview');
      }
    }
  });
});

describe('the overview of a big host fitted whole', () => {
  it.each([[300, 20, 8], [1000, 50, 20], [1000, 10, 10]])('%i containers on %i networks: every network name at 10 px or more', (count, nets, projects) => {
    const overview = buildGraph(scaleTopology(count, nets, projects), 'overview');
    expect(networkNamePxAtFit('overview', graphBounds(overview), W, H)).toBeGreaterThanOrEqual(LEGIBLE_PX);
  });

  it('the container view of the same host would not be: that is why it opens at the overview', () => {
    const containers = buildGraph(scaleTopology(1000, 50, 20));
    expect(networkNamePxAtFit('containers', graphBounds(containers), W, H)).toBeLessThan(LEGIBLE_PX);
  });

  it('has one cluster per group and one count edge per group and network, and no container nodes', () => {
    const t = benchTopology(100, 10);
    const g = buildGraph(t, 'overview');
    expect(g.nodes.filter((n) => n.type === 'container')).toEqual([]);
    const clusters = g.nodes.filter((n) => n.type === 'cluster');
    expect(clusters.reduce((s, n) => s + (n.type === 'cluster' ? n.data.count : 0), 0)).toBe(100);
    const edges = g.edges.filter((e) => e.type === 'count');
    expect(edges.reduce((s, e) => s + (e.type === 'count' ? e.data!.count : 0), 0)).toBe(t.endpoints.length);
  });

  it('keeps a group’s node id across levels, so opening a cluster finds its group', () => {
    const t = benchTopology(40, 4);
    const clusters = new Set(buildGraph(t, 'overview').nodes.filter((n) => n.type === 'cluster').map((n) => n.id));
    const groups = new Set(buildGraph(t).nodes.filter((n) => n.type === 'group').map((n) => n.id));
    expect(clusters).toEqual(groups);
  });
});
