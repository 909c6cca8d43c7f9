import type { Container, PublishedPort, Topology } from '../topology/types';
import type { PortConflict } from './port-map-types';
import { holdsNetworkStack } from '../topology/container-state';

/** The engine's words when a host port is taken: by another container (allocator) or any process (bind). */
const TAKEN = /port is already allocated|address already in use/i;
/** `Bind for 0.0.0.0:5432 failed` (allocator) or `listen tcp4 127.0.0.1:5432: bind` (docker-proxy). */
const ADDRESS = /(?:Bind for|listen (tcp|udp|sctp)[46]?) \[?([0-9a-fA-F.:]*?)\]?:(\d{1,5})\b/;

const WILDCARD = new Set(['', '0.0.0.0', '::']);

/** Whether two host addresses can collide on one port (a wildcard collides with every address). */
function collide(a: string, b: string): boolean {
  return a === b || WILDCARD.has(a) || WILDCARD.has(b);
}

/** The running container (other than `self`) on `self`'s host that holds host port `want`; an exact address wins. */
function holderOf(topology: Topology, self: Container, want: PublishedPort): Container | null {
  const holds = (c: Container, exact: boolean) =>
    c.id !== self.id && c.engineId === self.engineId && holdsNetworkStack(c.state) &&
    c.ports.some((p) => p.hostPort === want.hostPort && p.protocol === want.protocol &&
      (exact ? p.hostIp === want.hostIp : collide(p.hostIp, want.hostIp)));
  return topology.containers.find((c) => holds(c, true)) ?? topology.containers.find((c) => holds(c, false)) ?? null;
}

/** Which of its requested bindings failed: the one the message names, else one another container holds. */
function failedBinding(topology: Topology, c: Container, message: string): PublishedPort | null {
  const m = ADDRESS.exec(message);
  if (m) {
    const port = Number(m[3]);
    const protocol = (m[1] as PublishedPort['protocol'] | undefined);
    const named = c.ports.find((p) => p.hostPort === port && (!protocol || p.protocol === protocol) && collide(p.hostIp, m[2]));
    return named ?? { hostIp: m[2] || '0.0.0.0', hostPort: port, containerPort: 0, protocol: protocol ?? 'tcp' };
  }
  return c.ports.find((p) => holderOf(topology, c, p)) ?? c.ports[0] ?? null;
}

/**
 * Containers that could not start because a host port they ask for was taken, with the binding
 * that failed (host address and port from the container's own request) and the running container
 * holding that port, when it is one of the same engine's (otherwise some other process on that
 * host; a container holding the same port on another engine's host is not the cause).
 */
export function buildPortConflicts(topology: Topology): PortConflict[] {
  const conflicts: PortConflict[] = [];
  for (const c of topology.containers) {
    if (holdsNetworkStack(c.state) || !c.startError || !TAKEN.test(c.startError)) continue;
    const binding = failedBinding(topology, c, c.startError);
    if (!binding) continue;
    const holder = holderOf(topology, c, binding);
    conflicts.push({
      containerId: c.id,
      containerName: c.name,
      hostIp: binding.hostIp,
      hostPort: binding.hostPort,
      protocol: binding.protocol,
      heldBy: holder ? { id: holder.id, name: holder.name } : null,
      message: c.startError,
    });
  }
  return conflicts.sort((a, b) => a.hostPort - b.hostPort || a.containerName.localeCompare(b.containerName));
}
