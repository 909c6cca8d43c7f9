import type { Container, PublishedPort } from '../../topology/types';
import type { Diagnostic } from '../diagnostic-types';
import { toPortScope } from '../port-scope';
import type { DoctorContext } from './doctor-context';
import { envAddresses } from './env-addresses';

/** Names Docker gives the host inside containers (Docker Desktop, or `--add-host host.docker.internal:host-gateway`). */
const HOST_NAMES = ['host.docker.internal', 'gateway.docker.internal', 'docker.for.mac.localhost', 'docker.for.win.localhost'];

/** Addresses that are the host seen from a container: network gateways and host addresses ports are bound to. */
function hostAddresses(ctx: DoctorContext): Set<string> {
  const set = new Set(HOST_NAMES);
  for (const n of ctx.topology.networks) for (const s of n.subnets) if (s.gateway) set.add(s.gateway);
  for (const e of ctx.topology.endpoints) if (e.gateway) set.add(e.gateway);
  for (const c of ctx.topology.containers) for (const p of c.ports) if (toPortScope(p.hostIp) === 'specific') set.add(p.hostIp);
  return set;
}

function publisher(ctx: DoctorContext, c: Container, hostPort: number): { to: Container; port: PublishedPort } | null {
  for (const to of ctx.topology.containers) {
    const port = to.ports.find((p) => p.hostPort === hostPort);
    if (port && !ctx.sameStack(to, c)) return { to, port };
  }
  return null;
}

/**
 * A container whose environment sends it to another container through the host (a gateway address,
 * host.docker.internal, or a host address) on a host port that container publishes, while the two
 * share a user-defined network where the container's name and port answer directly. Works, but
 * hairpins through the host's port mapping and keeps a publication alive that may not be needed.
 */
export function viaPublishedPort(ctx: DoctorContext): Diagnostic[] {
  const hosts = hostAddresses(ctx);
  const out: Diagnostic[] = [];
  for (const c of ctx.topology.containers) {
    if (ctx.isHostMode(c)) continue;
    const seen = new Set<string>();
    for (const a of envAddresses(ctx.config(c.id))) {
      if (!hosts.has(a.host) || a.port === null || seen.has(a.variable)) continue;
      const hit = publisher(ctx, c, a.port);
      const net = hit && ctx.shared(c, hit.to).find((n) => n.dns);
      if (!hit || !net) continue;
      seen.add(a.variable);
      const direct = `${hit.to.name}:${hit.port.containerPort}`;
      out.push({
        rule: 'via_published_port',
        severity: 'warning',
        subjects: [ctx.subject(c, 'container'), ctx.subject(hit.to, 'container'), ctx.subject(net, 'network')],
        message: `${c.name}'s ${a.variable} reaches ${hit.to.name} through the host's published port ${a.port}, although both are on ${net.name}, where ${direct} answers directly. The detour depends on the publication (and its host port) and leaves the network.`,
        fix: { text: `Point ${a.variable} at ${direct} (container name and container port). If nothing outside Docker needs it, stop publishing port ${a.port}, or bind it to 127.0.0.1.` },
      });
    }
  }
  return out;
}
