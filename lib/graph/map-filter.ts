import { answersPackets } from '../topology/container-state';
import type { Topology } from '../topology/types';

/** What the map is narrowed to before it is drawn; every field optional. Kept in the page's URL. */
export interface MapFilter {
  /** A compose project's name. */
  project?: string;
  /** A network's name: it and its containers. */
  network?: string;
  /** Only running containers, or only the others. */
  state?: 'running' | 'stopped';
  /** Only what the doctor flags (`flagged` ids given to applyMapFilter). */
  flagged?: boolean;
  /** A container's or network's name: its neighbourhood (its networks and who shares them). */
  focus?: string;
  /** Not a filter but kept with it in the URL: boxes by compose project instead of by networks. */
  group?: 'project';
}

const KEYS = ['project', 'network', 'state', 'flagged', 'focus', 'group'] as const;
/** The keys that narrow the map (`group` only arranges it). */
const FILTER_KEYS = KEYS.filter((k) => k !== 'group');

/** The filter a URL's query names (unknown or malformed values are left out). */
export function parseMapFilter(params: URLSearchParams): MapFilter {
  const f: MapFilter = {};
  for (const k of ['project', 'network', 'focus'] as const) {
    const v = params.get(k)?.trim();
    if (v) f[k] = v.slice(0, 200);
  }
  const state = params.get('state');
  if (state === 'running' || state === 'stopped') f.state = state;
  if (params.get('flagged') === '1') f.flagged = true;
  if (params.get('group') === 'project') f.group = 'project';
  return f;
}

/** The query that reopens the same filtered map (fields in a fixed order, empty ones left out). */
export function toFilterQuery(f: MapFilter, current: URLSearchParams = new URLSearchParams()): string {
  // What is not the filter's (an open lab, the sample map) stays in the URL.
  const params = new URLSearchParams(current);
  for (const k of KEYS) {
    params.delete(k);
    const v = f[k];
    if (v === true) params.set(k, '1');
    else if (typeof v === 'string' && v) params.set(k, v);
  }
  const q = params.toString();
  return q ? `?${q}` : '';
}

/** Whether the filter narrows anything. */
export function isFiltered(f: MapFilter): boolean {
  return FILTER_KEYS.some((k) => Boolean(f[k]));
}

/**
 * The part of `topology` the filter keeps: the containers that pass every condition, the endpoints
 * between what is kept, and the networks those containers are on (a named network stays even when
 * empty). Focus on a container keeps its networks and every container on them; on a network, the
 * network and its containers. `flagged` is the set of container and network ids the doctor names.
 * Pure; an unfiltered map is returned as it is.
 */
export function applyMapFilter(topology: Topology, f: MapFilter, flagged: ReadonlySet<string> = new Set()): Topology {
  if (!isFiltered(f)) return topology;
  const netByName = new Map(topology.networks.map((n) => [n.name, n]));
  const netsOf = new Map<string, string[]>();
  const membersOf = new Map<string, string[]>();
  for (const e of topology.endpoints) {
    netsOf.set(e.containerId, [...(netsOf.get(e.containerId) ?? []), e.networkId]);
    membersOf.set(e.networkId, [...(membersOf.get(e.networkId) ?? []), e.containerId]);
  }
  const scope = focusScope(topology, f.focus, netByName, netsOf, membersOf);
  const named = f.network ? netByName.get(f.network)?.id ?? '' : null;
  const keep = new Set(topology.containers.filter((c) =>
    (!scope || scope.has(c.id))
    && (!f.project || c.compose?.project === f.project)
    && (named === null || (netsOf.get(c.id) ?? []).includes(named))
    && (!f.state || (f.state === 'running') === answersPackets(c.state))
    && (!f.flagged || flagged.has(c.id) || (netsOf.get(c.id) ?? []).some((n) => flagged.has(n))),
  ).map((c) => c.id));
  const endpoints = topology.endpoints.filter((e) => keep.has(e.containerId));
  const used = new Set(endpoints.map((e) => e.networkId));
  if (named) used.add(named);
  const focused = f.focus ? netByName.get(f.focus)?.id : undefined;
  if (focused) used.add(focused);
  if (f.flagged) for (const n of topology.networks) if (flagged.has(n.id)) used.add(n.id);
  return {
    ...topology,
    containers: topology.containers.filter((c) => keep.has(c.id)),
    endpoints,
    networks: topology.networks.filter((n) => used.has(n.id)),
  };
}

/** The containers a focus keeps (null: no focus, or a name nothing has — then nothing is kept). */
function focusScope(
  t: Topology, focus: string | undefined, netByName: Map<string, { id: string }>,
  netsOf: Map<string, string[]>, membersOf: Map<string, string[]>,
): Set<string> | null {
  if (!focus) return null;
  const network = netByName.get(focus);
  if (network) return new Set(membersOf.get(network.id) ?? []);
  const container = t.containers.find((c) => c.name === focus);
  if (!container) return new Set();
  const stackOf = container.sharesNetworkWith ?? container.id;
  const nets = netsOf.get(stackOf) ?? [];
  return new Set([container.id, stackOf, ...nets.flatMap((n) => membersOf.get(n) ?? [])]);
}
