import { describe, expect, it } from 'vitest';
import { boundsOf, mapPointAt, miniFrame, miniShapes, viewRect } from './minimap-frame';

const SIZE = { width: 180, height: 120 };

describe('miniShapes', () => {
  it('places a child through its parent, and leaves out hidden and unsized nodes', () => {
    const shapes = miniShapes([
      { id: 'g', position: { x: 100, y: 50 }, measured: { width: 400, height: 300 } },
      { id: 'c', parentId: 'g', position: { x: 10, y: 20 }, measured: { width: 80, height: 30 } },
      { id: 'h', hidden: true, position: { x: 0, y: 0 }, measured: { width: 10, height: 10 } },
      { id: 'u', position: { x: 0, y: 0 } },
      { id: 'w', position: { x: -5, y: 0 }, width: 20, height: 40 },
    ]);
    expect(shapes.map((s) => [s.node.id, s.x, s.y, s.width, s.height])).toEqual([
      ['g', 100, 50, 400, 300], ['c', 110, 70, 80, 30], ['w', -5, 0, 20, 40],
    ]);
  });

  it('places a child listed before its parent, and survives a parent cycle', () => {
    const shapes = miniShapes([
      { id: 'c', parentId: 'g', position: { x: 1, y: 2 }, measured: { width: 1, height: 1 } },
      { id: 'g', position: { x: 10, y: 20 }, measured: { width: 5, height: 5 } },
      { id: 'a', parentId: 'b', position: { x: 1, y: 1 }, measured: { width: 1, height: 1 } },
      { id: 'b', parentId: 'a', position: { x: 1, y: 1 }, measured: { width: 1, height: 1 } },
    ]);
    expect(shapes[0]).toMatchObject({ x: 11, y: 22 });
    expect(shapes).toHaveLength(4);
  });
});

describe('miniFrame', () => {
  it('holds the map and the view, in the minimap proportions, with a margin', () => {
    const bounds = boundsOf([{ x: 0, y: 0, width: 1000, height: 200 }, { x: 500, y: 100, width: 100, height: 400 }])!;
    expect(bounds).toEqual({ x: 0, y: 0, width: 1000, height: 500 });
    const view = viewRect([-200, 0, 0.5], 800, 500); // x 400..2000, y 0..1000
    expect(view).toEqual({ x: 400, y: -0, width: 1600, height: 1000 });
    const f = miniFrame(bounds, view, SIZE);
    expect(f.width / f.height).toBeCloseTo(SIZE.width / SIZE.height, 9);
    for (const r of [bounds, view]) {
      expect(f.x).toBeLessThan(r.x);
      expect(f.y).toBeLessThan(r.y);
      expect(f.x + f.width).toBeGreaterThan(r.x + r.width);
      expect(f.y + f.height).toBeGreaterThan(r.y + r.height);
    }
  });

  it('frames the view alone on an empty map', () => {
    const f = miniFrame(null, { x: 0, y: 0, width: 180, height: 120 }, SIZE);
    expect(f.x).toBeLessThan(0);
    expect(f.y).toBeLessThan(0);
    expect(f.scale).toBeGreaterThan(1);
  });

  it('maps the minimap corners and centre back to the frame', () => {
    const f = miniFrame({ x: 0, y: 0, width: 3000, height: 1000 }, { x: 0, y: 0, width: 100, height: 100 }, SIZE);
    expect(mapPointAt(f, SIZE, { x: 0, y: 0 })).toEqual({ x: f.x, y: f.y });
    const c = mapPointAt(f, SIZE, { x: 90, y: 60 });
    expect(c.x).toBeCloseTo(1500, 6);
    expect(c.y).toBeCloseTo(500, 6);
  });
});
