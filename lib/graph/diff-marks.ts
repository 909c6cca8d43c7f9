import type { Change, TopologyComparison } from '../topology/compare-topologies';
import type { Container, Endpoint, EngineEntry, Network, Topology } from '../topology/types';
import { containerNodeId, networkNodeId } from './types';

/**
 * What the map needs to draw a comparison with a snapshot: one topology holding both the present and
 * what is gone (drawn as ghosts), and a mark for every node and edge that differs. Pure.
 */

export type DiffMark = 'added' | 'removed' | 'changed';

export interface DiffMarks {
  /** By React Flow node id: `ctr:<id>`, `net:<id>`. */
  nodes: Map<string, DiffMark>;
  /** By React Flow edge id: `ep:<networkId>:<containerId>`, one attachment edge per endpoint. */
  edges: Map<string, DiffMark>;
}

/** The id build-graph gives an endpoint's attachment edge (graph-edges.ts toEdges: one edge per endpoint). */
export const endpointEdgeId = (networkId: string, containerId: string) => `ep:${networkId}:${containerId}`;

/**
 * The id a removed element is drawn under: its own, unless something in `after` has it (a container
 * with the same id on another engine); then a suffix no engine id has keeps the two nodes apart.
 */
export function ghostId(change: Change): string {
  return change.beforeIdTaken ? `${change.beforeId}~before` : change.beforeId!;
}

/**
 * Where a `before` container or network is on the compared map: at its `after` counterpart when it is
 * still there (a recreated one has a new id, listed as changed; any other keeps its id), else its ghost.
 */
function drawnIds(comparison: TopologyComparison) {
  const containers = new Map<string, string>();
  const networks = new Map<string, string>();
  for (const c of comparison.containers) {
    if (c.beforeId !== undefined) containers.set(`${c.engineId}/${c.beforeId}`, c.kind === 'removed' ? ghostId(c) : c.afterId!);
  }
  for (const n of comparison.networks) {
    if (n.beforeId !== undefined) networks.set(n.beforeId, n.kind === 'removed' ? ghostId(n) : n.afterId!);
  }
  return {
    container: (engineId: string, beforeId: string) => containers.get(`${engineId}/${beforeId}`) ?? beforeId,
    network: (beforeId: string) => networks.get(beforeId) ?? beforeId,
  };
}

/**
 * `after` plus the containers, networks and endpoints removed since `before`, so the map can draw
 * them as ghosts. Removed elements keep their `before` ids (see {@link ghostId} for the one
 * exception); a removed endpoint is drawn between where its container and network are now, so an
 * endpoint left by a container that is still there hangs off that container. An engine gone from
 * the configuration comes back as long as a ghost stands on it (its host box holds them).
 */
export function comparedTopology(before: Topology, after: Topology, comparison: TopologyComparison): Topology {
  const drawn = drawnIds(comparison);
  const removed = <T extends Change>(list: T[]) => list.filter((c) => c.kind === 'removed');
  const oldContainers = new Map(before.containers.map((c) => [`${c.engineId}/${c.id}`, c]));
  const oldNetworks = new Map(before.networks.map((n) => [n.id, n]));
  const oldEndpoints = new Map(before.endpoints.map((e) => [`${e.containerId}/${e.networkId}`, e]));

  const ghostContainers = removed(comparison.containers).flatMap((ch): Container[] => {
    const c = oldContainers.get(`${ch.engineId}/${ch.beforeId}`);
    if (!c) return [];
    const owner = c.sharesNetworkWith && drawn.container(c.engineId, c.sharesNetworkWith);
    return [{ ...c, id: ghostId(ch), sharesNetworkWith: owner }];
  });
  const ghostNetworks = removed(comparison.networks).flatMap((ch): Network[] => {
    const n = oldNetworks.get(ch.beforeId!);
    return n ? [{ ...n, id: ghostId(ch) }] : [];
  });
  const ghostContainerIds = new Set(ghostContainers.map((c) => c.id));
  const ghostEndpoints = removed(comparison.endpoints).flatMap((ch): Endpoint[] => {
    const e = oldEndpoints.get(ch.beforeId!);
    if (!e) return [];
    const containerId = drawn.container(ch.engineId, e.containerId);
    // A container still there routes through the endpoints it has now, not through one it left.
    const gone = ghostContainerIds.has(containerId);
    return [{ ...e, containerId, networkId: drawn.network(e.networkId), ...(gone ? {} : { defaultRoute: false, defaultRoute6: false }) }];
  });

  const present = new Set(after.engines.map((e) => e.id));
  const needed = new Set([...ghostContainers.map((c) => c.engineId), ...ghostNetworks.flatMap((n) => n.engineIds)]);
  const engines: EngineEntry[] = [...after.engines, ...before.engines.filter((e) => !present.has(e.id) && needed.has(e.id))];
  return {
    ...after,
    engines,
    networks: [...after.networks, ...ghostNetworks],
    containers: [...after.containers, ...ghostContainers],
    endpoints: [...after.endpoints, ...ghostEndpoints],
  };
}

/**
 * The mark of every node and attachment edge of the compared map that differs: containers and
 * networks by what happened to them, endpoints on their edges. A container whose own fields are the
 * same but whose endpoints or published ports changed is marked changed too; a network is not marked
 * for its members coming or going (every network of a recreated stack would light up). Keys are the
 * container-level map's: in the overview, containers sit inside cluster nodes and have no node.
 */
export function diffMarks(comparison: TopologyComparison): DiffMarks {
  const drawn = drawnIds(comparison);
  const nodes = new Map<string, DiffMark>();
  const edges = new Map<string, DiffMark>();
  const at = (c: Change) => (c.kind === 'removed' ? ghostId(c) : c.afterId!);
  for (const n of comparison.networks) nodes.set(networkNodeId(at(n)), n.kind);
  for (const c of comparison.containers) nodes.set(containerNodeId(at(c)), c.kind);
  const touched = (engineId: string, ref: { beforeId?: string; afterId?: string }) => {
    const id = ref.afterId ?? (ref.beforeId !== undefined ? drawn.container(engineId, ref.beforeId) : undefined);
    if (id !== undefined && !nodes.has(containerNodeId(id))) nodes.set(containerNodeId(id), 'changed');
  };
  for (const e of comparison.endpoints) {
    // A removed endpoint is drawn where comparedTopology puts it; the others are `after`'s own edges.
    const { container: c, network: n } = e;
    const ends = e.kind !== 'removed' ? [n.afterId, c.afterId]
      : [n.beforeId === undefined ? undefined : drawn.network(n.beforeId), c.beforeId === undefined ? undefined : drawn.container(e.engineId, c.beforeId)];
    // An endpoint whose container or network is not listed has no edge on the map.
    if (ends[0] !== undefined && ends[1] !== undefined) edges.set(endpointEdgeId(ends[0], ends[1]), e.kind);
    touched(e.engineId, e.container);
  }
  for (const p of comparison.ports) touched(p.engineId, p.container);
  return { nodes, edges };
}
