import { addresses, containerDetails, endpointDetails, networkDetails, portChanges } from './compare-details';
import { bare, cmp, containerOf, indexSide, pairContainers, pairNetworks, pairUp, short } from './compare-pairing';
import type { Change, ChangeKind, ElementRef, EndpointChange, NetworkChange, Pair, PortChange, Side, TopologyComparison } from './compare-types';
import { spansHosts } from './spans-hosts';
import type { Container, Endpoint, Network, Topology } from './types';

/**
 * "Compare with snapshot": what changed between two topologies, as a user would tell it. Unlike
 * diffTopologies (which keys by id, to patch a live map), elements are matched the way people think
 * of them: compose recreates a container under a new id and the same name, and that is the same
 * container "recreated", not one removed and another added. Pure; the map's marks are lib/graph/diff-marks.
 */

export type { Change, ChangeKind, ElementRef, EndpointChange, NetworkChange, PortChange, TopologyComparison } from './compare-types';

/** Only the ids that exist: absent, not undefined, so that a comparison compares and travels as plain JSON. */
const ids = (b: string | undefined, a: string | undefined) => ({ ...(b !== undefined && { beforeId: b }), ...(a !== undefined && { afterId: a }) });

function kindOf(p: Pair<unknown>): ChangeKind {
  return p.before && p.after ? 'changed' : p.before ? 'removed' : 'added';
}

/**
 * What changed from `before` to `after`: networks, containers (recreated, renamed, state, image,
 * network mode), endpoints (addresses, aliases, DNS names; not the MAC, which changes with every
 * recreation) and published ports, each list in a stable order, by name. Pure.
 */
export function compareTopologies(before: Topology, after: Topology): TopologyComparison {
  const containerPairs = pairContainers(before.containers, after.containers);
  const networkPairs = pairNetworks(before.networks, after.networks);
  const was = indexSide(before, containerPairs, networkPairs, 'before');
  const now = indexSide(after, containerPairs, networkPairs, 'after');
  const afterContainerIds = new Set(after.containers.map((c) => c.id));
  const afterNetworkIds = new Set(after.networks.map((n) => n.id));

  const networks = networkPairs.flatMap((p): NetworkChange[] => {
    const n = (p.after ?? p.before)!;
    const kind = kindOf(p);
    const details = kind === 'changed' ? networkDetails(p.before!, p.after!) : [`${n.driver} driver`, ...n.subnets.map((s) => s.subnet)];
    if (kind === 'changed' && !details.length) return [];
    const taken = kind === 'removed' && afterNetworkIds.has(n.id);
    return [{ kind, engineId: n.engineId, name: n.name, ...ids(p.before?.id, p.after?.id), details, ...(taken && { beforeIdTaken: true as const }), spansHosts: spansHosts(n) }];
  });

  const containers: Change[] = [];
  const ports: PortChange[] = [];
  for (const p of containerPairs) {
    const c = (p.after ?? p.before)!;
    const kind = kindOf(p);
    const ref: ElementRef = { name: bare(c.name), ...ids(p.before?.id, p.after?.id) };
    const details = kind === 'changed' ? containerDetails(p.before!, p.after!, was, now) : [c.image, c.state];
    const taken = kind === 'removed' && afterContainerIds.has(c.id);
    if (kind !== 'changed' || details.length) containers.push({ kind, engineId: c.engineId, ...ref, details, ...(taken && { beforeIdTaken: true as const }) });
    ports.push(...portChanges(ref, c.engineId, p.before?.ports ?? [], p.after?.ports ?? []));
  }

  // An endpoint is the same when its container and its network are: their pair tokens, or, for an
  // endpoint whose container or network is not listed, the raw id (the same on both sides).
  const endpointKey = (e: Endpoint, side: Side) => {
    const at = side === 'before' ? was : now;
    const c = containerOf(e, at);
    const n = at.networks.get(e.networkId);
    return `${(c && at.token.get(c)) ?? `?${e.containerId}`}|${(n && at.token.get(n)) ?? `?${e.networkId}`}`;
  };
  const endpointPairs = pairUp(before.endpoints, after.endpoints, [endpointKey], (x, y) => cmp(x.containerId, y.containerId) || cmp(x.networkId, y.networkId));
  const endpoints = endpointPairs.flatMap((p): EndpointChange[] => {
    const kind = kindOf(p);
    const bc = p.before && containerOf(p.before, was);
    const ac = p.after && containerOf(p.after, now);
    const bn = p.before && was.networks.get(p.before.networkId);
    const an = p.after && now.networks.get(p.after.networkId);
    // The container and network on the other side too: a removed endpoint of a container still there is drawn at it.
    const cb = bc ?? (ac && (now.partner.get(ac) as Container | undefined));
    const ca = ac ?? (bc && (was.partner.get(bc) as Container | undefined));
    const nb = bn ?? (an && (now.partner.get(an) as Network | undefined));
    const na = an ?? (bn && (was.partner.get(bn) as Network | undefined));
    const e = (p.after ?? p.before)!;
    const container: ElementRef = { name: bare((ca ?? cb)?.name ?? short(e.containerId)), ...ids(cb?.id, ca?.id) };
    const network: ElementRef = { name: (na ?? nb)?.name ?? short(e.networkId), ...ids(nb?.id, na?.id) };
    const details = kind === 'changed' ? endpointDetails(p.before!, p.after!, bc, ac, network.name) : addresses(e);
    if (kind === 'changed' && !details.length) return [];
    const key = (x: Endpoint | undefined) => x && `${x.containerId}/${x.networkId}`;
    const engineId = (ca ?? cb)?.engineId ?? (na ?? nb)?.engineId ?? '';
    return [{ kind, engineId, name: container.name, ...ids(key(p.before), key(p.after)), details, container, network }];
  });

  const byName = (x: Change, y: Change) => x.name.localeCompare(y.name) || cmp(x.name, y.name) || cmp(x.engineId, y.engineId);
  const byIds = (x: Change, y: Change) => cmp(x.beforeId ?? '', y.beforeId ?? '') || cmp(x.afterId ?? '', y.afterId ?? '');
  networks.sort((x, y) => byName(x, y) || byIds(x, y));
  containers.sort((x, y) => byName(x, y) || byIds(x, y));
  endpoints.sort((x, y) => byName(x, y) || x.network.name.localeCompare(y.network.name) || byIds(x, y));
  const portNumber = (p: PortChange) => parseInt(p.port, 10);
  ports.sort((x, y) => byName(x, y) || byIds(x, y) || portNumber(x) - portNumber(y) || cmp(x.port, y.port) || cmp(x.before ?? '', y.before ?? '') || cmp(x.after ?? '', y.after ?? ''));
  const engineIds = [...new Set([...before.engines, ...after.engines].map((e) => e.id))].sort(cmp);
  return { networks, containers, endpoints, ports, total: networks.length + containers.length + endpoints.length + ports.length, engineIds };
}

/**
 * Everything in the comparison in words, one sentence a change (a changed element one a detail):
 * networks, then containers, endpoints and ports, each by name. On a map of several engines a
 * container or local network says which host it is on.
 */
export function sentences(comparison: TopologyComparison): string[] {
  const several = comparison.engineIds.length > 1;
  const at = (c: Change, local = true) => (several && local ? `${c.name} on host ${c.engineId}` : c.name);
  const facts = (c: Change) => (c.details.length ? ` (${c.details.join(', ')})` : '');
  const each = (c: Change, subject: string) => c.details.map((d) => `${subject}: ${d}`);
  return [
    ...comparison.networks.flatMap((c) => {
      const subject = `network ${at(c, !c.spansHosts)}`;
      return c.kind === 'changed' ? each(c, subject) : [`${subject} ${c.kind}${facts(c)}`];
    }),
    ...comparison.containers.flatMap((c) => (c.kind === 'changed' ? each(c, at(c)) : [`container ${at(c)} ${c.kind}${facts(c)}`])),
    ...comparison.endpoints.flatMap((c) =>
      c.kind === 'changed' ? each(c, at(c)) : [`${at(c)} ${c.kind === 'added' ? 'joined' : 'left'} ${c.network.name}${facts(c)}`]),
    ...comparison.ports.flatMap((c) =>
      c.kind === 'changed' ? each(c, at(c)) : [`${at(c)}: ${c.kind === 'added' ? 'publishes' : 'no longer publishes'} ${c.details.join(', ')}`]),
  ];
}
