import type { Container } from '../../topology/types';
import type { Diagnostic } from '../diagnostic-types';
import type { DoctorContext } from './doctor-context';
import { envAddresses, type EnvAddress } from './env-addresses';
import { pairNetworkName, shareNetworkFix } from './fix-network';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', 'ip6-localhost']);

/** `o` answers on `port` for `c`: on c's own host by a container or host port; on another host only over a shared (swarm) network. */
function serves(ctx: DoctorContext, c: Container, o: Container, port: number): boolean {
  if (ctx.sameEngine(c, o)) return ctx.servesPort(o, port);
  return ctx.shared(c, o).length > 0 && ctx.servesPort(o, port, false);
}

/**
 * Other containers (not in `c`'s own stack) that answer on `port`: only those sharing a network with
 * `c` when there are any (the one it most likely means), else all of its own engine; running ones first.
 */
function targets(ctx: DoctorContext, c: Container, port: number): Container[] {
  const all = ctx.topology.containers.filter((o) => !ctx.sameStack(o, c) && serves(ctx, c, o, port));
  const near = all.filter((o) => ctx.shared(c, o).length > 0);
  return (near.length ? near : all)
    .sort((x, y) => Number(ctx.holdsNetworkStack(y)) - Number(ctx.holdsNetworkStack(x)) || x.name.localeCompare(y.name));
}

function finding(ctx: DoctorContext, c: Container, a: EnvAddress & { port: number }, found: Container[]): Diagnostic {
  const [t] = found;
  const dnsNet = ctx.shared(c, t).find((n) => n.dns);
  const others = found.length > 1 ? ` (also offered by ${found.slice(1, 4).map((o) => o.name).join(', ')})` : '';
  const message = `${c.name}'s ${a.variable} points at localhost, but inside a container localhost is the container itself; port ${a.port} is served by ${t.name}${others}. The connection goes nowhere.`;
  const subjects = [ctx.subject(c, 'container'), ctx.subject(t, 'container')];
  const head = { rule: 'localhost_to_other', engineId: c.engineId, severity: 'error', subjects, message } as const;
  if (dnsNet) {
    return { ...head, fix: { text: `Use ${t.name} (its container name) instead of localhost in ${a.variable}, with the container port: both are on ${dnsNet.name}, where the name resolves.` } };
  }
  // A network of one engine cannot hold a container of another: no steps across hosts.
  if (!ctx.sameEngine(c, t)) return { ...head, fix: { text: `Put both on a swarm overlay network, then use ${t.name} instead of localhost in ${a.variable}.` } };
  const network = pairNetworkName(ctx, c.engineId, c.name, t.name);
  const { steps, cli } = shareNetworkFix(ctx, c.engineId, network, [c.name, t.name]);
  return { ...head, fix: { text: `Put both on a user-defined network (${cli}), then use ${t.name} instead of localhost in ${a.variable}.`, steps } };
}

/**
 * An environment value that sends a container to localhost/127.0.0.1 on a port that another
 * container serves (exposes or publishes) and its own network stack does not. The port must be
 * known: written in the value, implied by its URL scheme, or given by a sibling `<PREFIX>PORT`.
 * Host-mode containers are skipped (their localhost is the host, where published ports answer).
 */
export function localhostToOther(ctx: DoctorContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of ctx.topology.containers) {
    if (ctx.isHostMode(c)) continue;
    const stack = ctx.topology.containers.filter((o) => ctx.sameStack(o, c));
    const seen = new Set<string>();
    for (const a of envAddresses(ctx.config(c.id))) {
      if (!LOOPBACK.has(a.host) || a.port === null || seen.has(a.variable)) continue;
      const port = a.port;
      if (stack.some((o) => ctx.servesPort(o, port, false))) continue; // talks to itself or a sidecar
      const found = targets(ctx, c, port);
      if (!found.length) continue;
      seen.add(a.variable);
      out.push(finding(ctx, c, { ...a, port }, found));
    }
  }
  return out;
}
