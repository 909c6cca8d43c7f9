import { describe, expect, it } from 'vitest';
import { ctr, ep, net, shopTopology } from './__fixtures__/synthetic-topology';
import { buildGraph } from './build-graph';
import { changedIds } from './changed-ids';
import { mergePositions } from './merge-positions';

describe('mergePositions', () => {
  const before = shopTopology();
  const g1 = buildGraph(before);
  // the user dragged web somewhere else
  const onScreen = g1.nodes.map((n) => (n.type === 'container' && n.data.container.name === 'web' ? { ...n, position: { x: 999, y: 999 } } : n));

  it('keeps every existing node where it is on screen, including dragged ones', () => {
    const ipChanged = { ...before, endpoints: before.endpoints.map((e, i) => (i === 0 ? { ...e, ipv4: '10.0.0.99' } : e)) };
    const merged = mergePositions(onScreen, buildGraph(ipChanged));
    for (const n of onScreen) expect(merged.find((m) => m.id === n.id)?.position).toEqual(n.position);
  });

  it('appends a new container below the last member of its existing group and grows the box', () => {
    const front = before.networks.find((n) => n.name === 'frontend')!;
    const web2 = ctr(9, 'web2');
    const grown = { ...before, containers: [...before.containers, web2], endpoints: [...before.endpoints, ep(front, web2, 9)] };
    const g2 = buildGraph(grown);
    const merged = mergePositions(onScreen, g2);
    const added = merged.find((n) => n.id.endsWith(web2.id))!;
    const group = merged.find((n) => n.id === added.parentId)!;
    const siblings = merged.filter((n) => n.parentId === group.id && n.id !== added.id);
    expect(added.position.y).toBeGreaterThan(Math.max(...siblings.map((s) => s.position.y)));
    expect(group.height!).toBeGreaterThanOrEqual(added.position.y + 56);
    // What React Flow takes as the measured size grows with it (edges, the bus and fitView use it).
    for (const n of merged) expect(n.measured, n.id).toEqual({ width: n.width, height: n.height });
    for (const n of onScreen) expect(merged.find((m) => m.id === n.id)?.position).toEqual(n.position);
    // highlighted: the newcomer, its edge, and its network (one more member); nothing else
    expect([...changedIds(g1, g2)].sort()).toEqual([`ctr:${web2.id}`, `ep:${front.id}:${web2.id}`, `net:${front.id}`].sort());
  });
});

describe('mergePositions when a container joins one more network', () => {
  it('keeps the container where it was when its old group vanishes, and stretches the new bus to it', () => {
    const base = shopTopology();
    const back = net(7, 'extra');
    const t = { ...base, networks: [...base.networks, back] };
    const g1 = buildGraph(t);
    const web = t.containers.find((c) => c.name === 'web')!;
    const joined = { ...t, endpoints: [...t.endpoints, ep(back, web, 50)] };
    const g2 = buildGraph(joined);
    const merged = mergePositions(g1.nodes, g2);
    const abs = (nodes: typeof merged, id: string) => {
      const n = nodes.find((m) => m.id === id)!;
      const p = n.parentId ? nodes.find((m) => m.id === n.parentId)!.position : { x: 0, y: 0 };
      return { x: n.position.x + p.x, y: n.position.y + p.y };
    };
    const id = `ctr:${web.id}`;
    expect(abs(merged, id)).toEqual(abs(g1.nodes, id));
    const bus = merged.find((n) => n.id === `net:${back.id}`)!;
    expect(bus.position.y + bus.height!).toBeGreaterThanOrEqual(abs(merged, id).y + 56);
  });
});

describe('mergePositions when a network is created', () => {
  it('puts the new network to the right of everything on screen, overlapping nothing', () => {
    const base = shopTopology();
    const g1 = buildGraph(base);
    const made = net(8, 'made');
    const merged = mergePositions(g1.nodes, buildGraph({ ...base, networks: [...base.networks, made] }));
    const bus = merged.find((n) => n.id === `net:${made.id}`)!;
    const others = merged.filter((n) => !n.parentId && n.id !== bus.id);
    for (const o of others) expect(bus.position.x, `${o.id} ends left of the new network`).toBeGreaterThan(o.position.x + (o.width ?? 0));
    for (const n of g1.nodes) expect(merged.find((m) => m.id === n.id)?.position).toEqual(n.position);
  });
});
