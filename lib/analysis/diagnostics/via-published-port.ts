import type { Container, PublishedPort } from '../../topology/types';
import type { Diagnostic } from '../diagnostic-types';
import { toPortScope } from '../port-scope';
import type { DoctorContext } from './doctor-context';
import { envAddresses } from './env-addresses';

/** Names Docker gives the host inside containers (Docker Desktop, or `--add-host host.docker.internal:host-gateway`). */
const HOST_NAMES = ['host.docker.internal', 'gateway.docker.internal', 'docker.for.mac.localhost', 'docker.for.win.localhost'];

/**
 * The addresses that are a host, seen from a container of engine `own`, each with the engine whose
 * host it is: other engines' host addresses (and the addresses their ports are bound to), then its
 * own host's names, gateways and bound addresses, which win (every engine has a 172.17.0.1).
 */
function hostAddresses(ctx: DoctorContext, own: string): Map<string, string> {
  const hosts = new Map<string, string>();
  const bound = (engineId: string) => ctx.topology.containers.filter((c) => c.engineId === engineId)
    .flatMap((c) => c.ports.filter((p) => toPortScope(p.hostIp) === 'specific').map((p) => p.hostIp));
  for (const e of ctx.topology.engines.filter((x) => x.id !== own)) {
    for (const address of [ctx.engineAddress(e.id), ...bound(e.id)]) if (address) hosts.set(address, e.id);
  }
  const mine = new Set(ctx.topology.containers.filter((c) => c.engineId === own).map((c) => c.id));
  for (const address of [...HOST_NAMES, ctx.engineAddress(own)]) if (address) hosts.set(address, own);
  for (const n of ctx.networksOn(own)) for (const s of n.subnets) if (s.gateway) hosts.set(s.gateway, own);
  for (const e of ctx.topology.endpoints) if (e.gateway && mine.has(e.containerId)) hosts.set(e.gateway, own);
  for (const address of bound(own)) hosts.set(address, own);
  return hosts;
}

/** The container publishing `hostPort` on engine `engineId`'s host; from another host, never a port on its loopback. */
function publisher(ctx: DoctorContext, c: Container, hostPort: number, engineId: string): { to: Container; port: PublishedPort } | null {
  const remote = engineId !== c.engineId;
  for (const to of ctx.topology.containers) {
    if (to.engineId !== engineId) continue;
    const port = to.ports.find((p) => p.hostPort === hostPort && !(remote && toPortScope(p.hostIp) === 'loopback'));
    if (port && !ctx.sameStack(to, c)) return { to, port };
  }
  return null;
}

/**
 * A container whose environment sends it to another container through the host (a gateway address,
 * host.docker.internal, or a host address) on a host port that container publishes, while the two
 * share a user-defined network where the container's name and port answer directly. Works, but
 * hairpins through the host's port mapping and keeps a publication alive that may not be needed.
 * The same across hosts: another engine's host address and port, while both are on a swarm network.
 */
export function viaPublishedPort(ctx: DoctorContext): Diagnostic[] {
  const byEngine = new Map<string, Map<string, string>>();
  const out: Diagnostic[] = [];
  for (const c of ctx.topology.containers) {
    if (ctx.isHostMode(c)) continue;
    const hosts = byEngine.get(c.engineId) ?? byEngine.set(c.engineId, hostAddresses(ctx, c.engineId)).get(c.engineId)!;
    const seen = new Set<string>();
    for (const a of envAddresses(ctx.config(c.id))) {
      const engineId = hosts.get(a.host);
      if (!engineId || a.port === null || seen.has(a.variable)) continue;
      const hit = publisher(ctx, c, a.port, engineId);
      const net = hit && ctx.shared(c, hit.to).find((n) => n.dns);
      if (!hit || !net) continue;
      seen.add(a.variable);
      const direct = `${hit.to.name}:${hit.port.containerPort}`;
      const host = engineId === c.engineId ? 'the host' : ctx.engineName(engineId);
      out.push({
        rule: 'via_published_port',
        engineId: c.engineId,
        severity: 'warning',
        subjects: [ctx.subject(c, 'container'), ctx.subject(hit.to, 'container'), ctx.subject(net, 'network')],
        message: `${c.name}'s ${a.variable} reaches ${hit.to.name} through ${host}'s published port ${a.port}, although both are on ${net.name}, where ${direct} answers directly. The detour depends on the publication (and its host port) and leaves the network.`,
        fix: { text: `Point ${a.variable} at ${direct} (container name and container port). If nothing outside Docker needs it, stop publishing port ${a.port}, or bind it to 127.0.0.1.` },
      });
    }
  }
  return out;
}
