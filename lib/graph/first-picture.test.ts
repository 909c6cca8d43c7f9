import { describe, expect, it } from 'vitest';
import { getViewportForBounds } from '@xyflow/system';
import { firstPicture } from '../api/first-picture';
import { buildGraph } from './build-graph';
import { CANVAS_COOKIE, formatCanvasSize, parseCanvasSize } from './canvas-size';
import { EMPTY_PICTURE, overviewPicture, wrapName } from './first-picture';
import { FIT_VIEW_PADDING, fitFrame, frameZoom } from './fit-frame';
import { DEFAULT_VIEW } from './map-view';
import { openingLevel } from './opening-level';
import { net, scaleTopology, shopTopology } from './__fixtures__/synthetic-topology';
import { buildTopology } from '../topology/build-topology';
import { fixtureSnapshot } from '../topology/__fixtures__/engine-fixture';

/** The map of the captured Engine 20.10: a tutorial-sized host. */
const loadEngineFixture = () => buildTopology(fixtureSnapshot());

const BIG = scaleTopology(300, 30, 10);
const CANVAS = { width: 1600, height: 940 };

describe('the canvas size cookie', () => {
  it('reads back what the page writes', () => {
    expect(CANVAS_COOKIE).toBe('netatlas-canvas');
    expect(parseCanvasSize(formatCanvasSize({ width: 1600.4, height: 939.6 }))).toEqual({ width: 1600, height: 940 });
  });
  it('refuses anything but two whole sizes from 200 to 16,000 px', () => {
    for (const bad of [undefined, '', '1600', '1600x', 'x940', '1600x940x1', '199x940', '1600x20000', '-1600x940', '1600.5x940', '1600x940;', '１６００x940']) {
      expect(parseCanvasSize(bad), String(bad)).toBeNull();
    }
  });
});

describe('fitFrame: the SVG viewBox that frames the map as fitView does', () => {
  const { nodes } = buildGraph(BIG, 'overview', DEFAULT_VIEW); // one engine: every node at the top level
  it.each([[1600, 940], [800, 1200], [4000, 3000], [300, 200]])('in %i x %i: the same zoom and centre as React Flow\'s own fit', (width, height) => {
    const f = fitFrame(nodes)!;
    // React Flow's fit of the nodes' bounds (the padding shared with useFitUntilMoved), maxZoom 1.
    const xs = nodes.map((n) => [n.position.x, n.position.x + n.width!]).flat();
    const ys = nodes.map((n) => [n.position.y, n.position.y + n.height!]).flat();
    const bounds = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
    const rf = getViewportForBounds(bounds, width, height, 0.05, 1, FIT_VIEW_PADDING);
    const zoom = frameZoom(f, width, height);
    expect(zoom).toBeCloseTo(rf.zoom, 2);
    // The SVG centres its viewBox in the canvas (meet): the frame's centre lands on the canvas's centre.
    // (React Flow rounds its padding down to whole pixels: within a pixel.)
    expect(Math.abs(rf.x + (f.x + f.width / 2) * rf.zoom - width / 2)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(rf.y + (f.y + f.height / 2) * rf.zoom - height / 2)).toBeLessThanOrEqual(1.5);
  });
  it('holds every node, children at their parents\' offset', () => {
    const f = fitFrame(nodes)!;
    for (const n of nodes.filter((x) => !x.parentId)) {
      expect(n.position.x).toBeGreaterThanOrEqual(f.x);
      expect(n.position.x + (n.width ?? 0)).toBeLessThanOrEqual(f.x + f.width);
    }
    expect(fitFrame([])).toBeNull();
  });
});

describe('wrapName: a network name as its card wraps it', () => {
  it('wraps after separators, at most two lines, the last cut with … when it does not fit', () => {
    expect(wrapName('pfdl6h-p00_back', 10)).toEqual(['pfdl6h-', 'p00_back']);
    expect(wrapName('db', 10)).toEqual(['db']);
    // As CSS line-clamp: the second line holds what fits whole, and the ellipsis ends it.
    expect(wrapName('a-very-long_network-name-indeed', 10)).toEqual(['a-very-', 'long_…']);
    expect(wrapName('averyveryverylongname', 10)).toEqual(['averyvery…']);
  });
});

describe('the first picture', () => {
  it('opens where the page opens: the overview on a big host, the containers on a small one', () => {
    expect(openingLevel(BIG, DEFAULT_VIEW, CANVAS)).toBe('overview');
    expect(openingLevel(shopTopology(), DEFAULT_VIEW, CANVAS)).toBe('containers');
    expect(openingLevel(loadEngineFixture(), DEFAULT_VIEW, CANVAS)).toBe('containers');
  });
  it('is drawn only where the page opens on the overview', () => {
    expect(firstPicture(null, CANVAS)).toBe(EMPTY_PICTURE);
    expect(firstPicture(shopTopology(), CANVAS)).toBe(EMPTY_PICTURE);
    expect(firstPicture(loadEngineFixture(), CANVAS)).toBe(EMPTY_PICTURE);
    expect(firstPicture(BIG, CANVAS)).toMatch(/^<svg /);
  });
  it('names every network, counts every cluster, and draws every count line of the overview', () => {
    const graph = buildGraph(BIG, 'overview', DEFAULT_VIEW);
    const svg = overviewPicture(graph, CANVAS);
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const n of BIG.networks) {
      const lines = wrapName(n.name, 100);
      expect(text.join(' '), n.name).toContain(lines[0].slice(0, 6));
    }
    const clusters = graph.nodes.filter((n) => n.type === 'cluster');
    expect((svg.match(/stroke="#cbd5e1"/g) ?? []).length).toBe(clusters.length);
    expect((svg.match(/<path /g) ?? []).length).toBe(graph.edges.filter((e) => e.type === 'count').length);
  });
  it('draws the text the fitted zoom leaves legible: names and counts up close, counts alone far out', () => {
    const graph = buildGraph(BIG, 'overview', DEFAULT_VIEW);
    const near = overviewPicture(graph, { width: 16000, height: 16000 });
    const far = overviewPicture(graph, { width: 900, height: 500 });
    expect(near).toContain('containers</text>');
    expect(far).not.toContain('containers</text>');
    const cluster = graph.nodes.find((n) => n.type === 'cluster')!;
    expect(far).toContain(`>${(cluster.data as { count: number }).count}</text>`);
  });
  it('escapes what the engine names: a network name cannot put markup into the page', () => {
    const evil = { ...BIG, networks: BIG.networks.map((n, i) => (i === 0 ? net(0, '<img src=x onerror=alert(1)>"&\'', { id: n.id }) : n)) };
    const svg = overviewPicture(buildGraph(evil, 'overview', DEFAULT_VIEW), { width: 16000, height: 16000 });
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&#60;img');
    expect(svg.match(/<(\w+)/g)!.every((t) => ['<svg', '<g', '<rect', '<text', '<path'].includes(t))).toBe(true);
  });
});
