import { answersPackets } from '../topology/container-state';
import type { Container, Network, Topology } from '../topology/types';
import type { GoalCheck } from './lab-types';

type Verdict = { met: boolean; evidence: string };

const and = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** The container of this name, when it exists. */
export function containerNamed(t: Topology, name: string): Container | undefined {
  return t.containers.find((c) => c.name === name);
}

/** Why a container cannot take part in a live check now (missing, not running); null when it can. */
export function notLive(t: Topology, name: string): string | null {
  const c = containerNamed(t, name);
  if (!c) return `there is no container named ${name}`;
  if (c.state === 'paused') return `${name} is paused (docker unpause ${name})`;
  if (!answersPackets(c.state)) return `${name} is ${c.state === 'created' ? 'created but not started' : c.state}, not running (docker start ${name})`;
  return null;
}

/** The networks a container is attached to, by name, with its IPv4 address on each. */
export function attachments(t: Topology, c: Container): Array<{ network: Network; ip: string | null }> {
  return t.endpoints
    .filter((e) => e.containerId === c.id)
    .flatMap((e) => {
      const network = t.networks.find((n) => n.id === e.networkId);
      return network ? [{ network, ip: e.ipv4 ?? e.ipv6 }] : [];
    });
}

export function networkVerdict(t: Topology, check: Extract<GoalCheck, { kind: 'network' }>): Verdict {
  // A swarm overlay may share the name: the user-defined bridge of that name is the one the lab means.
  const named = t.networks.filter((x) => x.name === check.network);
  const n = named.find((x) => x.driver === 'bridge' && !x.builtin) ?? named[0];
  if (!n) return { met: false, evidence: `There is no network named ${check.network} yet (Show me how gives the command, labelled for the lab).` };
  if (n.builtin) return { met: false, evidence: `${check.network} is one of Docker’s own networks, not a user-defined bridge.` };
  if (n.driver !== 'bridge') return { met: false, evidence: `${check.network} exists, but as ${/^[aeiou]/i.test(n.driver) ? 'an' : 'a'} ${n.driver} network, not a user-defined bridge.` };
  const subnet = n.subnets[0]?.subnet;
  return { met: true, evidence: `${check.network} is a user-defined bridge${subnet ? ` (${subnet})` : ''}: Docker’s DNS resolves container names on it.` };
}

export function attachedVerdict(t: Topology, check: Extract<GoalCheck, { kind: 'attached' }>): Verdict {
  const why = notLive(t, check.container);
  // "Not yet: …": container names are case-sensitive, so the sentence never starts with one.
  if (why) return { met: false, evidence: `Not yet: ${why}.` };
  const on = attachments(t, containerNamed(t, check.container)!);
  const names = on.map((a) => a.network.name);
  const missing = check.networks.filter((n) => !names.includes(n));
  const extra = check.only ? names.filter((n) => !check.networks.includes(n)) : [];
  const where = on.length ? `${check.container} is on ${and(on.map((a) => `${a.network.name}${a.ip ? ` (${a.ip})` : ''}`))}` : `${check.container} is on no network`;
  if (missing.length) return { met: false, evidence: `${where}; not yet on ${and(missing)} (docker network connect ${missing[0]} ${check.container}).` };
  if (extra.length) return { met: false, evidence: `${where}, but should not be on ${and(extra)} (docker network disconnect ${extra[0]} ${check.container}).` };
  return { met: true, evidence: `${where}.` };
}

/** Every binding of host port `hostPort`/tcp by a running container, with its container. */
export function bindingsOn(t: Topology, hostPort: number): Array<{ c: Container; p: Container['ports'][number] }> {
  return t.containers
    .filter((c) => answersPackets(c.state))
    .flatMap((c) => c.ports.filter((p) => p.protocol === 'tcp' && p.hostPort === hostPort).map((p) => ({ c, p })));
}

export function publishedVerdict(t: Topology, check: Extract<GoalCheck, { kind: 'published' }>): Verdict {
  const hits = bindingsOn(t, check.hostPort);
  const other = new Set(check.notWith === undefined || !hits.length ? [] : bindingsOn(t, check.notWith).map((h) => h.c.id));
  const right = hits.filter((h) => h.p.containerPort === check.containerPort && !other.has(h.c.id));
  if (!right.length && hits.some((h) => other.has(h.c.id))) {
    return { met: false, evidence: `Host port ${check.hostPort} goes to ${hits[0].c.name}, which also publishes host port ${check.notWith}: run a second database for it.` };
  }
  if (!right.length) {
    const other = hits[0];
    return {
      met: false,
      evidence: other
        ? `Host port ${check.hostPort} goes to ${other.c.name}’s port ${other.p.containerPort}, not ${check.containerPort}.`
        : `No running container publishes a port on host port ${check.hostPort} (docker run -p 127.0.0.1:${check.hostPort}:${check.containerPort} …).`,
    };
  }
  const owner = right[0].c.name;
  const bound = and([...new Set(right.map((h) => (h.p.hostIp.includes(':') ? `[${h.p.hostIp}]` : h.p.hostIp)))].map((ip) => `${ip}:${check.hostPort}`));
  if (check.loopback && right.some((h) => !/^(127\.|::1$)/.test(h.p.hostIp))) {
    return { met: false, evidence: `${owner} publishes ${check.containerPort}/tcp on ${bound}: every machine that reaches this host can connect (use -p 127.0.0.1:${check.hostPort}:${check.containerPort}).` };
  }
  return { met: true, evidence: `${owner} publishes ${check.containerPort}/tcp on ${bound}${check.loopback ? ': only this machine can connect' : ''}.` };
}
