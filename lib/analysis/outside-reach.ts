import { engineMajor } from '../topology/default-routes';
import { engineOf } from '../topology/engine-of';
import type { Container, Endpoint, GatewayMode, Network, PublishedPort, Topology } from '../topology/types';
import { formatHostAddress, toPortScope } from './port-scope';
import { answersPackets } from '../topology/container-state';

/** Which rule decided a door, and since which engine version it holds. */
export interface OutsideRule {
  /** Stable id, e.g. `nat_direct_routing_dropped`. */
  id: string;
  /** The engines it applies to, in words: `Engine 28+`, `Engine 20.10–27`, `every engine`. */
  engines: string;
}

/** One way (or a refused way) into a container from outside it. */
export interface OutsideDoor {
  /** `lan`: another machine; `host`: the Docker host itself. */
  from: 'lan' | 'host';
  /** Through a published port on the host, straight to the container's address, or its own LAN address (macvlan/ipvlan). */
  how: 'published' | 'direct' | 'own-address' | 'host-stack';
  /** Where to knock: `192.168.1.5:5432`, `[::]:8080`, the container's address, or `every host address`. */
  at: string;
  /** `5432/tcp`, or `every port`. */
  ports: string;
  verdict: 'yes' | 'no' | 'maybe';
  /** Why, in words, naming the rule's engine version. */
  because: string;
  rule: OutsideRule;
}


/** What the published ports give a LAN host and the host itself, by bind address and engine version. */
function publishedDoors(c: Container, major: number, routedOnly: boolean): OutsideDoor[] {
  const doors: OutsideDoor[] = [];
  const seen = new Set<string>();
  for (const p of c.ports) {
    const key = `${p.hostIp}:${p.hostPort}/${p.protocol}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = formatHostAddress(p.hostIp, p.hostPort);
    const ports = `${p.containerPort}/${p.protocol}`;
    if (routedOnly) {
      doors.push({ from: 'lan', how: 'published', at, ports, verdict: 'no', rule: { id: 'routed_no_host_mapping', engines: 'Engine 27+' },
        because: 'its networks are routed: a published port opens the container’s own address, no host port is mapped (no NAT)' });
      continue;
    }
    const scope = toPortScope(p.hostIp);
    if (scope === 'loopback') {
      doors.push(major >= 28
        ? { from: 'lan', how: 'published', at, ports, verdict: 'no', rule: { id: 'loopback_port_filtered', engines: 'Engine 28+' },
            because: 'published on 127.0.0.1: Engine 28 drops packets from other machines addressed to it (raw PREROUTING)' }
        : { from: 'lan', how: 'published', at, ports, verdict: 'maybe', rule: { id: 'loopback_port_routable', engines: 'Engine 20.10–27' },
            because: 'published on 127.0.0.1, but before Engine 28 a machine on the same LAN segment can reach it by sending to 127.0.0.1 through this host; upgrade, or firewall it' });
    } else {
      doors.push({ from: 'lan', how: 'published', at, ports, verdict: 'yes', rule: { id: 'published_port', engines: 'every engine' },
        because: scope === 'all' ? 'published on every interface (Docker’s rules bypass ufw/firewalld)' : `published on ${p.hostIp} only` });
    }
    doors.push({ from: 'host', how: 'published', at, ports, verdict: 'yes', rule: { id: 'published_port', engines: 'every engine' }, because: 'the host reaches its own published ports' });
  }
  return doors;
}

/** What reaching the container's own address on a bridge network gives a LAN host that routes to it, per gateway mode. */
function directDoor(c: Container, addr: string, net: Network, mode: GatewayMode, major: number): OutsideDoor {
  const base = { from: 'lan' as const, how: 'direct' as const, at: addr };
  const published = c.ports.map((p) => `${p.containerPort}/${p.protocol}`);
  const pub = [...new Set(published)].join(', ');
  if (net.internal) return { ...base, ports: 'every port', verdict: 'no', rule: { id: 'internal_network', engines: 'every engine' }, because: `${net.name} is internal: no route in or out` };
  switch (mode) {
    case 'isolated':
      return { ...base, ports: 'every port', verdict: 'no', rule: { id: 'isolated_gateway', engines: 'Engine 28+' }, because: `${net.name}'s gateway mode is isolated: nothing outside the network reaches it` };
    case 'nat-unprotected':
      return { ...base, ports: 'every port', verdict: 'yes', rule: { id: 'nat_unprotected', engines: 'Engine 28+' }, because: `${net.name} is nat-unprotected: a machine that routes to ${addr} through this host reaches every port, published or not` };
    case 'routed':
      return pub
        ? { ...base, ports: pub, verdict: 'yes', rule: { id: 'routed_published', engines: 'Engine 27+' }, because: `${net.name} is routed (no NAT): its published ports are open at ${addr} to any machine that routes to it; other ports are dropped` }
        : { ...base, ports: 'every port', verdict: 'no', rule: { id: 'routed_unpublished', engines: 'Engine 27+' }, because: `${net.name} is routed, and nothing is published: every port is dropped` };
    default:
      return major >= 28
        ? { ...base, ports: 'every port', verdict: 'no', rule: { id: 'nat_direct_routing_dropped', engines: 'Engine 28+' },
            because: `${net.name} uses NAT: Engine 28 drops packets from other machines sent straight to ${addr} (published ports are reached at the host's addresses only)` }
        : { ...base, ports: 'every port', verdict: 'maybe', rule: { id: 'nat_direct_routing_open', engines: 'Engine 20.10–27' },
            because: `before Engine 28 nothing filters a machine that routes to ${addr} through this host: every port, published or not, unless the host's FORWARD policy drops it` };
  }
}

/**
 * Who outside a container can reach it, and which rule of which engine version decides: published ports
 * (by bind address; 127.0.0.1 is filtered from other machines only from Engine 28), direct routing to the
 * container's address (dropped in `nat` mode from Engine 28, open before; `nat-unprotected` open;
 * `routed` open for published ports only; `isolated` and internal networks closed), macvlan/ipvlan (the LAN
 * reaches the container's own address, the host cannot), host mode (the host's stack). Pure.
 */
export function outsideReach(topology: Topology, containerId: string): OutsideDoor[] {
  const c = topology.containers.find((x) => x.id === containerId);
  if (!c || !answersPackets(c.state)) return [];
  const major = engineMajor(engineOf(topology, c.engineId).info?.serverVersion ?? '');
  if (c.networkMode === 'host') {
    return [{ from: 'lan', how: 'host-stack', at: 'every host address', ports: 'every port it listens on', verdict: 'yes', rule: { id: 'host_mode', engines: 'every engine' },
      because: 'host mode: it listens on the host’s own interfaces, like any program on the host' }];
  }
  const networks = new Map(topology.networks.map((n) => [n.id, n]));
  const endpoints = topology.endpoints.filter((e) => e.containerId === c.id);
  const bridges = endpoints.filter((e) => networks.get(e.networkId)?.driver === 'bridge');
  const routedOnly = bridges.length > 0 && bridges.every((e) => {
    const m = networks.get(e.networkId)!.gatewayModes;
    return (!e.ipv4 || m?.ipv4 === 'routed') && (!e.ipv6 || m?.ipv6 === 'routed');
  });
  const doors = publishedDoors(c, major, routedOnly);
  for (const e of endpoints) doors.push(...endpointDoors(c, e, networks.get(e.networkId), major));
  return doors;
}

function endpointDoors(c: Container, e: Endpoint, net: Network | undefined, major: number): OutsideDoor[] {
  if (!net) return [];
  const addrs: Array<[string | null, 'ipv4' | 'ipv6']> = [[e.ipv4, 'ipv4'], [e.ipv6, 'ipv6']];
  if (net.driver === 'macvlan' || net.driver === 'ipvlan') {
    return addrs.filter(([a]) => a).flatMap(([a]) => [
      { from: 'lan' as const, how: 'own-address' as const, at: a!, ports: 'every port', verdict: 'yes' as const, rule: { id: 'macvlan_lan', engines: 'every engine' },
        because: `${net.name} (${net.driver}) puts it on the LAN${net.parent ? ` of ${net.parent}` : ''} with its own address` },
      { from: 'host' as const, how: 'own-address' as const, at: a!, ports: 'every port', verdict: 'no' as const, rule: { id: 'macvlan_host', engines: 'every engine' },
        because: `the host cannot talk to its own ${net.driver} children through ${net.parent ?? 'the parent interface'}` },
    ]);
  }
  if (net.driver !== 'bridge') return [];
  return addrs.filter(([a]) => a).flatMap(([a, family]) => {
    const mode = net.gatewayModes?.[family] ?? 'nat';
    const host: OutsideDoor = mode === 'isolated'
      ? { from: 'host', how: 'direct', at: a!, ports: 'every port', verdict: 'no', rule: { id: 'isolated_gateway', engines: 'Engine 28+' }, because: `${net.name} is isolated: the host has no address on it` }
      : { from: 'host', how: 'direct', at: a!, ports: 'every port', verdict: 'yes', rule: { id: 'host_on_bridge', engines: 'every engine' }, because: `the host is the gateway of ${net.name}` };
    return [directDoor(c, a!, net, mode, major), host];
  });
}
