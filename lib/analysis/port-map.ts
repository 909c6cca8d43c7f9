import type { Container, PublishedPort, Topology } from '../topology/types';
import { parseIpv4 } from '../topology/ipv4';
import { buildPortConflicts } from './port-conflicts';
import type { HostInterface, PortBinding, PortMap } from './port-map-types';
import { PORT_SCOPE_LABEL, toPortScope, type PortScope } from './port-scope';

const LIVE = new Set(['running', 'paused', 'restarting']);
const SCOPE_ORDER: Record<PortScope, number> = { all: 0, loopback: 1, specific: 2 };
const LABEL: Record<PortScope, string> = { ...PORT_SCOPE_LABEL, all: 'every interface' };

export interface PortMapOptions {
  /** Only what concerns this host port ("who owns host port 5432?"): bindings whose range covers it, its conflicts. */
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
    hostPort: p.hostPort, hostPortEnd: p.hostPort, protocol: p.protocol, containerId: c.id,
    containerName: c.name, containerPort: p.containerPort, pending: !LIVE.has(c.state),
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
    if (last && last.containerId === b.containerId && last.protocol === b.protocol && last.pending === b.pending &&
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

/**
 * The host-port map: every published port (live bindings of running containers, and the bindings
 * stopped containers ask for, marked `pending`) grouped by host address, with port ranges collapsed,
 * plus the containers that could not start because their host port was taken.
 */
export function buildPortMap(topology: Topology, options: PortMapOptions = {}): PortMap {
  const byIp = new Map<string, PortBinding[]>();
  for (const c of topology.containers) {
    for (const p of withoutIpv6Twins(c.ports)) {
      const ip = p.hostIp || '0.0.0.0';
      byIp.set(ip, [...(byIp.get(ip) ?? []), toBinding(c, p)]);
    }
  }
  const { port } = options;
  const covers = (b: PortBinding) => port === undefined || (port >= b.hostPort && port <= b.hostPortEnd);
  const interfaces = [...byIp].map(([hostIp, bindings]): HostInterface => {
    const scope = toPortScope(hostIp);
    return { hostIp, scope, label: LABEL[scope], bindings: collapse(bindings).filter(covers) };
  }).filter((i) => i.bindings.length > 0).sort(byInterface);
  const conflicts = buildPortConflicts(topology).filter((c) => port === undefined || c.hostPort === port);
  return { interfaces, conflicts };
}
