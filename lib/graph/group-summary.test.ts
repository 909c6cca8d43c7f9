import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph';
import { legibleLines, summarizeGroups, summarizes, summaryType, SUMMARY_FROM, withoutHiddenSelection } from './group-summary';
import { fitZoom, graphBounds, LEGIBLE_PX } from './map-level';
import { DEFAULT_VIEW } from './map-view';
import { benchTopology, scaleTopology } from './__fixtures__/synthetic-topology';
import type { MapNode } from './types';

describe('summarizeGroups: the container view zoomed out past names', () => {
  const graph = buildGraph(benchTopology(60, 6));
  const summary = summarizeGroups(graph.nodes, graph.edges, graph.groupEdges ?? []);

  it('leaves every container out, and every edge of one; keeps networks and group boxes where they are', () => {
    expect(graph.nodes.filter((n) => n.type === 'container')).toHaveLength(60);
    expect(summary.nodes.filter((n) => n.type === 'container')).toEqual([]);
    const kept = graph.nodes.filter((n) => n.type !== 'container');
    expect(summary.nodes).toEqual(kept);
    expect(summary.nodes.every((n, i) => n === kept[i])).toBe(true);
    const ids = new Set(summary.nodes.map((n) => n.id));
    for (const e of summary.edges) expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
  });

  it('each group is drawn joined to each of its networks, with how many of its containers attach there', () => {
    const counted = summary.edges.filter((e) => e.type === 'count');
    expect(counted).toEqual(graph.groupEdges);
    const attachments = graph.edges.filter((e) => e.type === 'endpoint').length;
    expect(counted.reduce((n, e) => n + (e.type === 'count' ? e.data!.count : 0), 0)).toBe(attachments);
    const groups = graph.nodes.filter((n) => n.type === 'group');
    for (const g of groups) expect(counted.some((e) => e.source === g.id), g.id).toBe(true);
  });

  it('a group whose members a comparison or the open lab marks carries the mark; the others stay the same objects', () => {
    const first = graph.nodes.find((n) => n.type === 'container')! as Extract<MapNode, { type: 'container' }>;
    const last = [...graph.nodes].reverse().find((n) => n.type === 'container')! as Extract<MapNode, { type: 'container' }>;
    const marked = graph.nodes.map((n) => (n === first ? { ...first, data: { ...first.data, diff: 'added' as const } }
      : n === last ? { ...last, data: { ...last.data, lab: true } } : n));
    const out = summarizeGroups(marked, graph.edges, graph.groupEdges ?? []).nodes;
    const group = (id: string) => out.find((n) => n.id === id)! as Extract<MapNode, { type: 'group' }>;
    expect(group(first.parentId!).data.changed).toBe(true);
    expect(group(last.parentId!).data.lab).toBe(true);
    expect(first.parentId).not.toBe(last.parentId);
    const untouched = out.filter((n) => n.id !== first.parentId && n.id !== last.parentId);
    expect(untouched.every((n) => graph.nodes.includes(n))).toBe(true);
  });

  it("a live change's flash on a hidden container shows on its group", () => {
    const first = graph.nodes.find((n) => n.type === 'container')!;
    const out = summarizeGroups(graph.nodes.map((n) => (n === first ? { ...n, className: 'na-flash' } : n)), graph.edges, graph.groupEdges ?? []).nodes;
    expect(out.find((n) => n.id === first.parentId)!.className).toBe('na-flash');
    expect(out.filter((n) => n.className === 'na-flash')).toHaveLength(1);
  });

  it('a container selected before zooming out is unselected when another pick is made in the summary', () => {
    const first = graph.nodes.find((n) => n.type === 'container')!;
    const picked = graph.nodes.map((n) => (n === first ? { ...n, selected: true } : n));
    const out = withoutHiddenSelection(picked);
    expect(out.some((n) => n.selected)).toBe(false);
    expect(out.filter((n) => n.id !== first.id).every((n, i) => n === picked.filter((m) => m.id !== first.id)[i])).toBe(true);
    expect(withoutHiddenSelection(graph.nodes)).toBe(graph.nodes);
  });

  it('changes nothing where no container has a node (the overview)', () => {
    const overview = buildGraph(benchTopology(60, 6), 'overview');
    expect(overview.groupEdges).toEqual([]);
    const out = summarizeGroups(overview.nodes, overview.edges, []);
    expect(out.nodes).toBe(overview.nodes);
    expect(out.edges).toBe(overview.edges);
  });

  it('on a map of 1,000 containers, what React Flow is given shrinks to the boxes', () => {
    const big = buildGraph(scaleTopology(1000, 50, 20));
    const out = summarizeGroups(big.nodes, big.edges, big.groupEdges ?? []);
    expect(big.nodes.length).toBeGreaterThan(1000);
    expect(out.nodes.length).toBeLessThan(big.nodes.length / 4);
    expect(out.edges.length).toBeLessThan(big.edges.length / 3);
  });
});

describe('summarizes: which maps turn into counts', () => {
  it('the container view past container names, from SUMMARY_FROM containers', () => {
    for (const tier of ['farthest', 'distant', 'bare'] as const) {
      expect(summarizes('containers', tier, SUMMARY_FROM)).toBe(true);
      expect(summarizes(undefined, tier, 1000)).toBe(true);
      // A tutorial's handful of containers stays containers, however far out.
      expect(summarizes('containers', tier, SUMMARY_FROM - 1)).toBe(false);
      expect(summarizes('overview', tier, 1000)).toBe(false);
    }
    for (const tier of ['near', 'mid', 'far'] as const) expect(summarizes('containers', tier, 1000)).toBe(false);
  });
});

describe('summaryType and legibleLines: a count as large as its box holds, drawn only where legible', () => {
  it('the count fits its box, however many digits', () => {
    for (const [w, h, count] of [[274, 96, 1], [274, 96, 999], [644, 668, 20], [2000, 2000, 12345]] as const) {
      const t = summaryType(w, h, count);
      expect(t.countPx * String(count).length * 0.62).toBeLessThanOrEqual(w - 24);
      expect(t.countPx * 1.25).toBeLessThanOrEqual(h);
      expect(t.namePx).toBeNull();
    }
  });

  it('a bigger box sets its count larger (up to a cap); a project name goes under it, smaller', () => {
    expect(summaryType(644, 668, 20).countPx).toBeGreaterThan(summaryType(274, 96, 20).countPx);
    expect(summaryType(20000, 20000, 20).countPx).toBe(320);
    const t = summaryType(644, 668, 20, 'shop');
    expect(t.namePx).toBeGreaterThan(0);
    expect(t.namePx!).toBeLessThan(t.countPx);
  });

  it('shows a line only from the zoom at which it is drawn at LEGIBLE_PX or more', () => {
    const t = summaryType(644, 668, 20, 'a-long-project-name');
    expect(legibleLines(t, LEGIBLE_PX / t.countPx - 0.001)).toBe(0);
    expect(legibleLines(t, LEGIBLE_PX / t.countPx)).toBe(1);
    expect(legibleLines(t, LEGIBLE_PX / t.namePx!)).toBe(2);
    expect(legibleLines(summaryType(644, 668, 20), 1)).toBe(1);
  });

  it('a fitted container view of 1,000 containers still reads its biggest groups', () => {
    const big = buildGraph(scaleTopology(1000, 50, 20), 'containers', DEFAULT_VIEW);
    const zoom = fitZoom(graphBounds(big), 1600, 940);
    expect(zoom).toBeLessThan(0.25);
    const groups = big.nodes.filter((n) => n.type === 'group');
    const legible = groups.filter((g) => legibleLines(summaryType(g.width!, g.height!, g.type === 'group' ? g.data.count : 0), zoom) > 0);
    expect(legible.length).toBeGreaterThan(groups.length / 3);
  });
});
