import type { Container, PublishedPort, Topology } from '../topology/types';
import { parseIpv4 } from '../topology/ipv4';
import { buildPortConflicts } from './port-conflicts';
import { swarmPortBindings } from './swarm-port-bindings';
import type { HostInterface, HostPortConflict, PortBinding, PortMap } from './port-map-types';
import { PORT_SCOPE_LABEL, toPortScope, type PortScope } from './port-scope';
import { holdsNetworkStack } from '../topology/container-state';

const SCOPE_ORDER: Record<PortScope, number> = { all: 0, loopback: 1, specific: 2 };
const LABEL: Record<PortScope, string> = { ...PORT_SCOPE_LABEL, all: 'every interface' };

export interface PortMapOptions {
  /**
   * Only what concerns this host port ("who owns host port 5432?"): bindings whose range covers it,
   * its conflicts. The answer is per engine: each host's interfaces say who holds the port there.
   */
  port?: number;
}

/**
 * A `-p 5432:5432` on an engine with docker-proxy shows up twice, on `0.0.0.0` and on `::`: one
 * publication, two address families. The `::` twin is dropped; a binding on `::` alone stays.
 */
function withoutIpv6Twins(ports: PublishedPort[]): PublishedPort[] {
  const v4 = new Set(ports.filter((p) => p.hostIp === '0.0.0.0').map((p) => `${p.hostPort}/${p.protocol}>${p.containerPort}`));
  return ports.filter((p) => p.hostIp !== '::' || !v4.has(`${p.hostPort}/${p.protocol}>${p.containerPort}`));
}

function toBinding(c: Container, p: PublishedPort): PortBinding {
  return {
    engineId: c.engineId, hostPort: p.hostPort, hostPortEnd: p.hostPort, protocol: p.protocol, containerId: c.id,
    containerName: c.name, containerPort: p.containerPort, pending: !holdsNetworkStack(c.state),
  };
}

/** Consecutive host ports to consecutive container ports of one container become one range. */
function collapse(bindings: PortBinding[]): PortBinding[] {
  const sorted = [...bindings].sort((a, b) => a.containerId.localeCompare(b.containerId) ||
    a.protocol.localeCompare(b.protocol) || a.hostPort - b.hostPort);
  const out: PortBinding[] = [];
  for (const b of sorted) {
    const last = out[out.length - 1];
    const span = last ? last.hostPortEnd - last.hostPort : 0;
    if (last && last.containerId === b.containerId && last.service?.id === b.service?.id && last.protocol === b.protocol && last.pending === b.pending &&
      b.hostPort === last.hostPortEnd + 1 && b.containerPort === last.containerPort + span + 1) {
      last.hostPortEnd = b.hostPort;
    } else out.push({ ...b });
  }
  return out.sort((a, b) => a.hostPort - b.hostPort || a.protocol.localeCompare(b.protocol) ||
    a.containerName.localeCompare(b.containerName));
}

/** Every interface first, then this host only, then single addresses; IPv4 before IPv6, numerically. */
function byInterface(a: HostInterface, b: HostInterface): number {
  const va = parseIpv4(a.hostIp);
  const vb = parseIpv4(b.hostIp);
  return SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] ||
    (va === null ? 1 : 0) - (vb === null ? 1 : 0) || (va ?? 0) - (vb ?? 0) || a.hostIp.localeCompare(b.hostIp);
}

/** Engines in the topology's order (an engine it does not list last, by id). */
function byEngine(topology: Topology): (a: HostInterface, b: HostInterface) => number {
  const order = new Map(topology.engines.map((e, i) => [e.id, i]));
  const rank = (id: string) => order.get(id) ?? order.size;
  return (a, b) => rank(a.engineId) - rank(b.engineId) || a.engineId.localeCompare(b.engineId);
}

/**
 * The host-port map: every published port (live bindings of running containers, and the bindings
 * stopped containers ask for, marked `pending`) grouped by engine and host address (a host port is
 * one host's: `0.0.0.0:8080` on two engines is two bindings, no conflict), with port ranges
 * collapsed, plus the containers that could not start because their host port was taken. A swarm
 * service's port on the routing mesh is listed on every node netatlas knows as an engine.
 */
export function buildPortMap(topology: Topology, options: PortMapOptions = {}): PortMap {
  const groups = new Map<string, { engineId: string; hostIp: string; bindings: PortBinding[] }>();
  for (const c of topology.containers) {
    for (const p of withoutIpv6Twins(c.ports)) {
      const hostIp = p.hostIp || '0.0.0.0';
      const key = `${c.engineId} ${hostIp}`;
      const group = groups.get(key) ?? { engineId: c.engineId, hostIp, bindings: [] };
      group.bindings.push(toBinding(c, p));
      groups.set(key, group);
    }
  }
  for (const b of swarmPortBindings(topology)) {
    const key = `${b.engineId} 0.0.0.0`;
    const group = groups.get(key) ?? { engineId: b.engineId, hostIp: '0.0.0.0', bindings: [] };
    group.bindings.push(b);
    groups.set(key, group);
  }
  const { port } = options;
  const covers = (b: PortBinding) => port === undefined || (port >= b.hostPort && port <= b.hostPortEnd);
  const engineOrder = byEngine(topology);
  const interfaces = [...groups.values()].map(({ engineId, hostIp, bindings }): HostInterface => {
    const scope = toPortScope(hostIp);
    return { engineId, hostIp, scope, label: LABEL[scope], bindings: collapse(bindings).filter(covers) };
  }).filter((i) => i.bindings.length > 0).sort((a, b) => engineOrder(a, b) || byInterface(a, b));
  const engineOf = new Map(topology.containers.map((c) => [c.id, c.engineId]));
  const conflicts = buildPortConflicts(topology)
    .filter((c) => port === undefined || c.hostPort === port)
    .map((c): HostPortConflict => ({ ...c, engineId: engineOf.get(c.containerId) ?? '' }));
  return { interfaces, conflicts };
}
