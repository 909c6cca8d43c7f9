import { describe, expect, it } from 'vitest';
import type { Topology } from '../topology/types';
import { ctr, ep, net } from './__fixtures__/synthetic-topology';
import { buildGraph } from './build-graph';

const info = { id: 'X', name: 'x', serverVersion: '28.5.2', apiVersion: '1.51', host: 'unix:///x.sock', swarmManager: false, swarmNodeId: null };

/** `app` with web and api, and `db` with api: every edge kind's ends. */
function topology(): Topology {
  const app = net(1, 'app');
  const db = net(2, 'db');
  const web = ctr(1, 'web');
  const api = ctr(2, 'api');
  return {
    engine: info, engines: [{ id: 'X', name: 'x', host: 'unix:///x.sock', source: 'config', state: 'live', info, stale: false }], swarms: [],
    networks: [app, db], containers: [api, web], endpoints: [ep(app, web, 2), ep(app, api, 3), ep(db, api, 2)],
  };
}

describe('node handles given with the nodes (React Flow draws an edge only while both ends have handle bounds)', () => {
  for (const level of ['containers', 'overview'] as const) {
    it(`${level}: every edge's source node has a source handle and its target a target handle, inside the node`, () => {
      const g = buildGraph(topology(), level);
      expect(g.edges.length).toBeGreaterThan(0);
      const byId = new Map(g.nodes.map((n) => [n.id, n]));
      // The groups' count edges too: drawn instead of attachments zoomed out (summarizeGroups).
      for (const e of [...g.edges, ...(g.groupEdges ?? [])]) {
        for (const [end, type] of [[e.source, 'source'], [e.target, 'target']] as const) {
          const node = byId.get(end)!;
          const handle = node.handles?.find((h) => h.type === type);
          expect(handle, `${e.id}: ${end} has a ${type} handle`).toBeDefined();
          expect(handle!.x).toBeGreaterThanOrEqual(0);
          expect(handle!.x).toBeLessThanOrEqual(node.width!);
          expect(handle!.y).toBeGreaterThanOrEqual(0);
          expect(handle!.y).toBeLessThanOrEqual(node.height!);
        }
      }
    });
  }

  for (const level of ['containers', 'overview'] as const) {
    it(`${level}: every node carries its size as measured (fitView waits for every node to be measured, drawn or not)`, () => {
      for (const n of buildGraph(topology(), level).nodes) {
        expect(n.measured, n.id).toEqual({ width: n.width, height: n.height });
        expect(n.width! * n.height!, n.id).toBeGreaterThan(0);
      }
    });
  }
});
