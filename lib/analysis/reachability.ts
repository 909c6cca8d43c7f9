import { parseIpv4 } from '../topology/ipv4';
import { parseIpv6 } from '../topology/ipv6';
import type { Container, Topology } from '../topology/types';
import { ReachContext } from './reachability-context';
import { acrossHosts } from './reachability-other-host';
import { reasons } from './reachability-reasons';
import { fromHostRoutes, hostDoors, networkRoutes, portPaths, sharedNetworks, stackRoutes, toHostRoutes } from './reachability-routes';
import type { Reachability, ReachabilityMatrix, Reason, Route } from './reachability-types';

/** IPv4 before IPv6, each in numeric order (anything else last, by spelling). */
function byAddress(x: string, y: string): number {
  const key = (a: string): [number, bigint] => {
    const v4 = parseIpv4(a);
    if (v4 !== null) return [0, BigInt(v4)];
    const v6 = parseIpv6(a);
    return v6 !== null ? [1, v6] : [2, BigInt(0)];
  };
  const [[fx, nx], [fy, ny]] = [key(x), key(y)];
  return fx - fy || (nx < ny ? -1 : nx > ny ? 1 : 0) || x.localeCompare(y);
}

function answer(a: Container, b: Container, routes: Route[], why: Reason[]): Reachability {
  return {
    from: { id: a.id, name: a.name },
    to: { id: b.id, name: b.name },
    reachable: routes.length > 0,
    names: [...new Set(routes.flatMap((r) => r.names))].sort(),
    ips: [...new Set(routes.flatMap((r) => [r.ipv4, r.ipv6].filter((ip): ip is string => !!ip)))].sort(byAddress),
    routes,
    reasons: why,
  };
}

/** Not running, or living in the stack of a container that is not: nothing gets through. */
function blocked(ctx: ReachContext, a: Container, b: Container): Reason[] {
  const why: Reason[] = [];
  if (!ctx.answersPackets(a)) why.push(reasons.sourceStopped(a));
  if (b.id !== a.id && !ctx.answersPackets(b)) why.push(reasons.targetStopped(b));
  if (why.length) return why;
  if (!ctx.answersPackets(ctx.owner(a)) || ctx.mode(a) === 'none') why.push(reasons.noNetwork(ctx, a, 'source'));
  if (!ctx.answersPackets(ctx.owner(b)) || ctx.mode(b) === 'none') why.push(reasons.noNetwork(ctx, b, 'target'));
  return why;
}

/** Both in one network namespace: the container itself, a `container:<x>` pair, or two host-mode containers of one host. */
function sameStack(ctx: ReachContext, a: Container, b: Container): boolean {
  return ctx.owner(a).id === ctx.owner(b).id || (ctx.mode(a) === 'host' && ctx.mode(b) === 'host' && ctx.sameEngine(a, b));
}

function viaHost(ctx: ReachContext, a: Container, b: Container): Reachability {
  if (ctx.mode(b) === 'host') {
    const doors = hostDoors(ctx, a, true);
    return answer(a, b, toHostRoutes(doors), [reasons.targetHostMode(a, b, doors)]);
  }
  const routes = fromHostRoutes(ctx, b);
  return answer(a, b, routes, [reasons.sourceHostMode(a, b, routes.map((r) => ({ ip: (r.ipv4 ?? r.ipv6)!, network: r.networkName! })))]);
}

/** No shared network: say where each is, and what the host's published ports would (not) offer. */
function apart(ctx: ReachContext, a: Container, b: Container, closed: ReturnType<typeof sharedNetworks>['closed']): Reachability {
  const why = [reasons.noSharedNetwork(ctx, a, b, closed)];
  const paths = portPaths(b, hostDoors(ctx, a, false));
  if (paths.length) why.push(reasons.publishedPortOnly(a, b, paths));
  if (ctx.attachments(a).every((x) => x.network.internal)) why.push(reasons.internalOnly(ctx, a, b));
  return answer(a, b, [], why);
}

function reach(ctx: ReachContext, a: Container, b: Container): Reachability {
  const stop = blocked(ctx, a, b);
  if (stop.length) return answer(a, b, [], stop);
  if (a.id === b.id) return answer(a, b, stackRoutes(ctx, b), [reasons.sameContainer(a)]);
  if (sameStack(ctx, a, b)) return answer(a, b, stackRoutes(ctx, b), [reasons.sharedStack(ctx, a, b)]);
  const local = ctx.sameEngine(a, b);
  // The host's stack, gateways and routes to the bridges are one host's: across engines they join nothing.
  if (local && (ctx.mode(a) === 'host' || ctx.mode(b) === 'host')) return viaHost(ctx, a, b);
  const { usable, closed } = sharedNetworks(ctx, a, b);
  if (usable.length === 0) return local ? apart(ctx, a, b, closed) : answer(a, b, [], acrossHosts(ctx, a, b, closed));
  // Networks with names first: the first reason is the verdict a user reads.
  const ordered = [...usable].sort((x, y) => Number(ctx.isDefaultBridge(x.network)) - Number(ctx.isDefaultBridge(y.network)));
  return answer(a, b, networkRoutes(ordered), ordered.map((s) => reasons.shared(ctx, a, b, s)));
}

/**
 * Can container `fromId` reach container `toId`, by which names and addresses, and if not, why —
 * decided from the topology alone, following what Docker does on Linux (verified on Engine 20.10):
 * one network stack means localhost; a shared user-defined network gives names and the address
 * there; the default bridge gives the address only; host mode goes through the host's address
 * (a gateway) or its routes to the bridges; no shared network means no way, except through a port
 * published on the host. Containers on different engines (hosts) meet only on a swarm network;
 * else a port B publishes on its host is the detour. Addresses are of both families: a route on a
 * dual-stack network carries B's IPv4 and IPv6 address, one on an IPv6-only network (Engine 28,
 * `--ipv4=false`) only the IPv6 one, and is just as usable. Throws for an id that is not in the
 * topology (refs are resolved before).
 */
export function reachability(topology: Topology, fromId: string, toId: string): Reachability {
  const ctx = new ReachContext(topology);
  return reach(ctx, ctx.container(fromId), ctx.container(toId));
}

/** {@link reachability} for every ordered pair of `ids` (unknown ids left out, duplicates once), in the given order. */
export function reachabilityMatrix(topology: Topology, ids: string[]): ReachabilityMatrix {
  const ctx = new ReachContext(topology);
  const members = [...new Set(ids)].filter((id) => ctx.has(id)).map((id) => ctx.container(id));
  return {
    containers: members.map((c) => ({ id: c.id, name: c.name })),
    cells: members.map((a) => members.map((b) => reach(ctx, a, b))),
  };
}
