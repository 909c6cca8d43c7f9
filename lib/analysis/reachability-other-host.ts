import type { Container, Network } from '../topology/types';
import { toPortScope } from './port-scope';
import type { ReachContext } from './reachability-context';
import { list } from './reachability-reasons';
import { dial } from './reachability-routes';
import type { Reason } from './reachability-types';

/** What A would dial for B's published ports on B's host: `address:port (→ container port/protocol)`. */
function remoteDials(ctx: ReachContext, b: Container): string[] {
  const host = ctx.engineAddress(b.engineId) ?? `<${ctx.engineName(b.engineId)}'s address>`;
  const seen = new Set<string>();
  for (const p of b.ports) {
    const scope = toPortScope(p.hostIp);
    // A port on 127.0.0.1 answers on that host's own loopback: no other host gets to it.
    if (scope === 'loopback') continue;
    seen.add(`${dial(scope === 'all' ? host : p.hostIp, p.hostPort)} (→ ${p.containerPort}/${p.protocol})`);
  }
  return [...seen];
}

/** A can leave its own host: host mode, or a network that is not internal. */
function hasWayOut(ctx: ReachContext, a: Container): boolean {
  return ctx.mode(a) === 'host' || ctx.attachments(a).some((x) => !x.network.internal);
}

function otherHost(ctx: ReachContext, a: Container, b: Container, closed: Network[]): Reason {
  const [ha, hb] = [ctx.engineName(a.engineId), ctx.engineName(b.engineId)];
  const apart = closed.length
    ? `the only swarm network they share, ${list(closed.map((n) => n.name))}, keeps its containers apart`
    : 'they are on no swarm network together, the only kind that spans hosts';
  const host = ctx.mode(b) === 'host'
    ? ` ${b.name} uses ${hb}'s own network stack (host mode): it listens on ${hb}'s addresses${ctx.engineAddress(b.engineId) ? ` (${ctx.engineAddress(b.engineId)})` : ''}, outside any container network.` : '';
  const local = b.ports.filter((p) => toPortScope(p.hostIp) === 'loopback').map((p) => `${p.hostIp}:${p.hostPort}`);
  const loopback = local.length ? ` Its ${local.length === 1 ? 'port' : 'ports'} on ${list([...new Set(local)])} ${local.length === 1 ? 'answers' : 'answer'} on ${hb} itself only.` : '';
  return { code: 'other_host', message: `${b.name} runs on another host (${hb}) than ${a.name} (${ha}): containers on different hosts share no local network, and ${apart}.${host}${loopback}` };
}

/**
 * Why A and B, on different engines and on no usable swarm network together, cannot talk: the
 * hosts apart, then what B publishes on its host that A could dial across the hosts' own network
 * (B's host address and port, never A's gateway: that is A's own host), or why A cannot leave.
 */
export function acrossHosts(ctx: ReachContext, a: Container, b: Container, closed: Network[]): Reason[] {
  const why = [otherHost(ctx, a, b, closed)];
  if (!hasWayOut(ctx, a)) {
    const internal = list(ctx.attachments(a).map((x) => x.network.name));
    return [...why, { code: 'internal_network', message: `${a.name} is only on internal networks (${internal}): it reaches the containers there, but nothing beyond them, not ${ctx.engineName(b.engineId)}.` }];
  }
  const dials = remoteDials(ctx, b);
  if (dials.length === 0) return why;
  const more = dials.length > 4 ? ` and ${dials.length - 4} more` : '';
  return [...why, {
    code: 'published_port_only',
    message: `${b.name} publishes ports on ${ctx.engineName(b.engineId)}: ${a.name} could reach them across the hosts' own network at ${list(dials.slice(0, 4))}${more}. That leaves Docker's networks: it depends on the publication and on the hosts' firewalls; a swarm overlay network joins containers across hosts by name.`,
  }];
}
