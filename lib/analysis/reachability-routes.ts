import type { Container, Network, PublishedPort } from '../topology/types';
import { toPortScope } from './port-scope';
import type { Attachment, ReachContext } from './reachability-context';
import type { Route } from './reachability-types';
import { spansHosts } from '../topology/spans-hosts';

/** A network both stacks are on, with B's endpoint there. */
export interface SharedNetwork {
  network: Network;
  target: Attachment['endpoint'];
}

/** An address of the host as A reaches it: the gateway of one of its bridges. */
export interface HostDoor {
  address: string;
  network: Network;
}

/** One published port of B, and where A would knock for it. */
export interface PortPath {
  port: PublishedPort;
  /** `address:port` as A would dial it. */
  dial: string;
}

export const LOCALHOST: Route = { networkId: null, networkName: null, names: ['localhost'], ipv4: '127.0.0.1', ipv6: null };

function routeOn(network: Network, target: Attachment['endpoint'], names: boolean): Route {
  return { networkId: network.id, networkName: network.name, names: names && network.dns ? [...target.dnsNames] : [], ipv4: target.ipv4, ipv6: target.ipv6 };
}

/** B has an address here, of either family (an IPv6-only network gives no IPv4 but is just as good). */
const addressed = (x: Attachment) => !!(x.endpoint.ipv4 || x.endpoint.ipv6);

/**
 * The networks A's and B's stacks share, split into those where peers talk and those that forbid it
 * (icc off, swarm's ingress). Across engines only a network wider than one host (a swarm overlay) joins them.
 */
export function sharedNetworks(ctx: ReachContext, a: Container, b: Container): { usable: SharedNetwork[]; closed: Network[] } {
  const mine = new Set(ctx.attachments(a).map((x) => x.network.id));
  const local = ctx.sameEngine(a, b);
  const both = ctx.attachments(b).filter((x) => mine.has(x.network.id) && (local || spansHosts(x.network)));
  return {
    usable: both.filter((x) => ctx.allowsPeers(x.network) && (addressed(x) || x.endpoint.dnsNames.length)).map((x) => ({ network: x.network, target: x.endpoint })),
    closed: both.filter((x) => !ctx.allowsPeers(x.network)).map((x) => x.network),
  };
}

/** One route per shared network: B's names there (where DNS serves) and its address. */
export function networkRoutes(shared: SharedNetwork[]): Route[] {
  return shared.map((s) => routeOn(s.network, s.target, true));
}

/** From inside B's own stack: localhost, and B's own names and addresses on each of its networks. */
export function stackRoutes(ctx: ReachContext, b: Container): Route[] {
  return [LOCALHOST, ...ctx.attachments(b).filter(addressed).map((x) => routeOn(x.network, x.endpoint, true))];
}

/** From the host's stack (host mode): B's addresses on local bridges, which the host routes to. No names. */
export function fromHostRoutes(ctx: ReachContext, b: Container): Route[] {
  return ctx.bridgeAttachments(b).map((x) => routeOn(x.network, x.endpoint, false));
}

/**
 * The host's addresses A can reach: the gateway of each local bridge it is on. Internal networks
 * count when `internalToo`: on Linux their gateway is still the host's own address (packets to it
 * are delivered locally, never forwarded, so the isolation rules do not apply), but a published
 * port is DNATed to another bridge and then dropped.
 */
export function hostDoors(ctx: ReachContext, a: Container, internalToo: boolean): HostDoor[] {
  const doors = new Map<string, HostDoor>();
  for (const x of ctx.bridgeAttachments(a)) {
    const address = ctx.gateway(x);
    if (address && (internalToo || !x.network.internal) && !doors.has(address)) doors.set(address, { address, network: x.network });
  }
  return [...doors.values()];
}

/** Routes to a host-mode B: the host's addresses A reaches (an IPv6 gateway on an IPv6-only bridge). No names. */
export function toHostRoutes(doors: HostDoor[]): Route[] {
  return doors.map((d) => {
    const v6 = d.address.includes(':');
    return { networkId: null, networkName: null, names: [], ipv4: v6 ? null : d.address, ipv6: v6 ? d.address : null };
  });
}

export const dial = (address: string, port: number) => (address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`);

/**
 * B's published ports A could reach through the host: those on every interface at each of A's
 * (non-internal) gateways, those on one host address at that address. Ports on 127.0.0.1 are out of
 * reach from a container. The engine lists `-p 80` on both 0.0.0.0 and `::`: kept once.
 */
export function portPaths(b: Container, doors: HostDoor[]): PortPath[] {
  if (doors.length === 0) return [];
  const seen = new Set<string>();
  const paths: PortPath[] = [];
  for (const port of b.ports) {
    const scope = toPortScope(port.hostIp);
    if (scope === 'loopback') continue;
    const addresses = scope === 'all' ? doors.map((d) => d.address) : [port.hostIp];
    for (const address of addresses) {
      const key = `${dial(address, port.hostPort)}/${port.protocol}`;
      if (!seen.has(key)) paths.push({ port, dial: dial(address, port.hostPort) });
      seen.add(key);
    }
  }
  return paths;
}
