import type { Container, Network } from '../topology/types';
import type { ReachContext } from './reachability-context';
import type { HostDoor, PortPath, SharedNetwork } from './reachability-routes';
import type { Reason } from './reachability-types';

/** `a`, `a and b`, `a, b and c` (or with `or`). */
export function list(items: string[], last: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** The container's name, saying whose stack it lives in when that is another container's. */
function who(ctx: ReachContext, c: Container): string {
  const owner = ctx.owner(c);
  return owner.id === c.id ? c.name : `${c.name} (in ${owner.name}'s network stack)`;
}

function notRunning(c: Container): string {
  if (c.state === 'paused') return `${c.name} is paused: its processes are frozen`;
  if (c.state === 'created') return `${c.name} has never been started`;
  return `${c.name} is not running (${c.state})`;
}

export const reasons = {
  sourceStopped: (a: Container): Reason => ({ code: 'source_stopped', message: `${notRunning(a)}, so it reaches nothing.` }),
  targetStopped: (b: Container): Reason => ({ code: 'target_stopped', message: `${notRunning(b)}: it has no address and nothing answers.` }),

  sameContainer: (a: Container): Reason => ({ code: 'same_container', message: `${a.name} is the same container: it reaches itself at localhost (127.0.0.1).` }),

  sharedStack(ctx: ReachContext, a: Container, b: Container): Reason {
    const [oa, ob] = [ctx.owner(a), ctx.owner(b)];
    const message =
      ctx.mode(a) === 'host' && oa.id !== ob.id ? `${a.name} and ${b.name} both use the host's network stack (host mode): they reach each other at localhost.`
        : oa.id === b.id ? `${a.name} runs in ${b.name}'s network stack (container:${b.name}): it reaches ${b.name} at localhost.`
          : ob.id === a.id ? `${b.name} runs in ${a.name}'s network stack (container:${a.name}): ${a.name} reaches it at localhost.`
            : `${a.name} and ${b.name} both run in ${oa.name}'s network stack: they reach each other at localhost.`;
    return { code: 'shared_stack', message };
  },

  /** A's (or B's) stack has no network: none mode, disconnected from everything, or its owner is down. */
  noNetwork(ctx: ReachContext, c: Container, side: 'source' | 'target'): Reason {
    const owner = ctx.owner(c);
    const why = owner.id !== c.id && !ctx.answersPackets(owner) ? `${c.name} runs in ${owner.name}'s network stack, and ${notRunning(owner)}: it has only loopback`
      : c.networkMode === 'none' ? `${c.name} has no network (none mode): only loopback`
        : `${c.name} is on no network (disconnected from all of them): only loopback`;
    const then = side === 'source' ? 'it reaches no other container' : 'no other container can reach it';
    return { code: side === 'source' ? 'source_no_network' : 'target_no_network', message: `${why}, so ${then}.` };
  },

  targetHostMode(a: Container, b: Container, doors: HostDoor[]): Reason {
    const head = `${b.name} uses the host's network stack (host mode)`;
    if (doors.length === 0) return { code: 'target_host_mode', message: `${head}, but ${a.name} is on no local bridge network, so it has no way to the host's address.` };
    const at = list(doors.map((d) => `${d.address} (the gateway of ${d.network.name}${d.network.internal ? ', internal: that cuts the outside world, not the host\'s own addresses' : ''})`), 'or');
    return { code: 'target_host_mode', message: `${head}: ${a.name} reaches it at the host's address ${at}, by no container name.` };
  },

  sourceHostMode(a: Container, b: Container, ips: Array<{ ip: string; network: string }>): Reason {
    const head = `${a.name} uses the host's network stack (host mode)`;
    if (ips.length === 0) return { code: 'source_host_mode', message: `${head}, but ${b.name} has no address on a local bridge network, the only ones the host routes to.` };
    const at = list(ips.map((x) => `${x.ip} (on ${x.network})`), 'or');
    return { code: 'source_host_mode', message: `${head}: it reaches ${b.name} at ${at} through the host's route to that bridge, by address only: container names don't resolve on the host.` };
  },

  shared(ctx: ReachContext, a: Container, b: Container, s: SharedNetwork): Reason {
    // The address a user would type: the IPv4 one, else (an IPv6-only network) the IPv6 one.
    const ip = s.target.ipv4 ?? s.target.ipv6;
    if (ctx.isDefaultBridge(s.network)) {
      return { code: 'default_bridge_ip_only', message: `both on the default bridge: reachable by IP ${ip} only, names don't resolve there (put both on a user-defined network to use names).` };
    }
    const names = s.network.dns ? s.target.dnsNames : [];
    const by = names.length ? `by name (${names.join(', ')})${ip ? ` or at ${ip}` : ''}` : `by IP ${ip} only, names don't resolve there`;
    const across = ctx.sameEngine(a, b) ? '' : ` (a swarm network across ${ctx.engineName(a.engineId)} and ${ctx.engineName(b.engineId)})`;
    return { code: 'shared_network', message: `both on ${s.network.name}${across}: ${who(ctx, a)} reaches ${who(ctx, b)} ${by}.` };
  },

  noSharedNetwork(ctx: ReachContext, a: Container, b: Container, closed: Network[]): Reason {
    if (closed.length) {
      const where = list(closed.map((n) => n.name));
      return { code: 'no_shared_network', message: `no network where they can talk: ${a.name} and ${b.name} share only ${where}, which keeps its containers apart (inter-container communication is off).` };
    }
    const on = (c: Container) => list(ctx.networkNames(c)) || 'no network';
    return { code: 'no_shared_network', message: `no shared network: ${a.name} is on ${on(a)}, ${b.name} on ${on(b)}.` };
  },

  publishedPortOnly(a: Container, b: Container, paths: PortPath[]): Reason {
    const shown = paths.slice(0, 4).map((p) => `${p.dial} (→ ${p.port.containerPort}/${p.port.protocol})`);
    const more = paths.length > 4 ? ` and ${paths.length - 4} more` : '';
    return {
      code: 'published_port_only',
      message: `${b.name} publishes ports on the host: ${a.name} could reach them through the host, at gateway:port ${list(shown)}${more}. Not recommended: the detour leaves the network and depends on the publication; put both on a shared network instead.`,
    };
  },

  internalOnly(ctx: ReachContext, a: Container, b: Container): Reason {
    const internal = list(ctx.attachments(a).map((x) => x.network.name));
    const ports = b.ports.length ? `, not even ${b.name}'s published ports` : '';
    return { code: 'internal_network', message: `${a.name} is only on internal networks (${internal}): it reaches the containers there, but nothing beyond them${ports}.` };
  },
};
