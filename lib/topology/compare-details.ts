import { bare, cmp, pairUp, short, type SideIndex } from './compare-pairing';
import type { ElementRef, PortChange } from './compare-types';
import type { Container, Endpoint, Network, PublishedPort, Subnet } from './types';

/** How compareTopologies words what changed: the details of a change, one short sentence each. */

/**
 * What the engine's network mode says, with a shared stack's owner by name: its id changes when it is
 * recreated. An owner that is not there any more (recreated without its dependant) by its short id.
 */
function networkModeText(c: Container, at: SideIndex): string {
  if (!c.networkMode.startsWith('container:')) return c.networkMode;
  const owner = c.sharesNetworkWith ? at.containers.get(c.sharesNetworkWith)?.[0] : undefined;
  const ref = c.networkMode.slice('container:'.length);
  return `container:${owner ? bare(owner.name) : /^[0-9a-f]{64}$/.test(ref) ? short(ref) : ref}`;
}

export function containerDetails(b: Container, a: Container, was: SideIndex, now: SideIndex): string[] {
  const out: string[] = [];
  if (b.id !== a.id) out.push(`recreated: id ${short(b.id)} → ${short(a.id)}`);
  if (bare(b.name) !== bare(a.name)) out.push(`renamed from ${bare(b.name)}`);
  if (b.state !== a.state) out.push(`${b.state} → ${a.state}`);
  if (b.image !== a.image) out.push(`image ${b.image} → ${a.image}`);
  const mode = [networkModeText(b, was), networkModeText(a, now)];
  if (mode[0] !== mode[1]) out.push(`network mode ${mode[0]} → ${mode[1]}`);
  return out;
}

const onOff = (on: boolean, what: string) => `${what} ${on ? 'enabled' : 'disabled'}`;

function subnetDetails(b: Subnet[], a: Subnet[]): string[] {
  const out: string[] = [];
  const was = new Map(b.map((s) => [s.subnet, s]));
  const now = new Map(a.map((s) => [s.subnet, s]));
  for (const s of a) {
    const old = was.get(s.subnet);
    if (!old) continue;
    if (old.gateway !== s.gateway) out.push(`gateway of ${s.subnet} ${old.gateway ?? 'none'} → ${s.gateway ?? 'none'}`);
    if (old.ipRange !== s.ipRange) out.push(`IP range of ${s.subnet} ${old.ipRange ?? 'whole subnet'} → ${s.ipRange ?? 'whole subnet'}`);
  }
  for (const family of [4, 6] as const) {
    const gone = b.filter((s) => s.family === family && !now.has(s.subnet)).map((s) => s.subnet).sort(cmp);
    const come = a.filter((s) => s.family === family && !was.has(s.subnet)).map((s) => s.subnet).sort(cmp);
    for (let i = 0; i < Math.max(gone.length, come.length); i++) {
      if (gone[i] && come[i]) out.push(`subnet ${gone[i]} → ${come[i]}`);
      else if (gone[i]) out.push(`subnet ${gone[i]} removed`);
      else out.push(`subnet ${come[i]} added`);
    }
  }
  return out;
}

export function networkDetails(b: Network, a: Network): string[] {
  const out: string[] = [];
  if (b.id !== a.id) out.push(`recreated: id ${short(b.id)} → ${short(a.id)}`);
  if (b.name !== a.name) out.push(`renamed from ${b.name}`);
  if (b.driver !== a.driver) out.push(`driver ${b.driver} → ${a.driver}`);
  if (b.internal !== a.internal) out.push(a.internal ? 'now internal' : 'no longer internal');
  if (b.ipv4 !== a.ipv4) out.push(onOff(a.ipv4, 'IPv4'));
  if (b.ipv6 !== a.ipv6) out.push(onOff(a.ipv6, 'IPv6'));
  out.push(...subnetDetails(b.subnets, a.subnets));
  if (b.gatewayModes && a.gatewayModes) {
    for (const f of ['ipv4', 'ipv6'] as const) {
      if (b.gatewayModes[f] !== a.gatewayModes[f]) out.push(`${f === 'ipv4' ? 'IPv4' : 'IPv6'} gateway mode ${b.gatewayModes[f]} → ${a.gatewayModes[f]}`);
    }
  }
  if (b.parent !== a.parent) out.push(`parent interface ${b.parent ?? 'none'} → ${a.parent ?? 'none'}`);
  return out;
}

function addressChange(what: string, b: [string | null, number | null], a: [string | null, number | null]): string | null {
  if (b[0] === a[0] && b[1] === a[1]) return null;
  // The prefix only when it is all that changed: the address is what people recognise.
  const withLen = b[0] === a[0];
  const text = ([ip, len]: [string | null, number | null]) => (ip ? (withLen && len !== null ? `${ip}/${len}` : ip) : 'none');
  return `${what} ${text(b)} → ${text(a)}`;
}

function listChange(what: string, b: Set<string>, a: Set<string>): string | null {
  const added = [...a].filter((x) => !b.has(x)).sort(cmp);
  const removed = [...b].filter((x) => !a.has(x)).sort(cmp);
  if (!added.length && !removed.length) return null;
  const parts = [added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''];
  return `${what}: ${parts.filter(Boolean).join('; ')}`;
}

/**
 * Names without the container's 12-character short id: engines before API 1.45 list it among the
 * aliases and every engine among the DNS names, so it changes whenever the container is recreated.
 */
const names = (list: string[], c: Container | undefined) => new Set(list.filter((x) => !c || x !== short(c.id)));

export function endpointDetails(b: Endpoint, a: Endpoint, bc: Container | undefined, ac: Container | undefined, network: string): string[] {
  const out = [
    addressChange(`address on ${network}`, [b.ipv4, b.ipv4PrefixLen], [a.ipv4, a.ipv4PrefixLen]),
    addressChange(`IPv6 address on ${network}`, [b.ipv6, b.ipv6PrefixLen], [a.ipv6, a.ipv6PrefixLen]),
  ];
  const aliasesB = names(b.aliases, bc);
  const aliasesA = names(a.aliases, ac);
  out.push(listChange(`aliases on ${network}`, aliasesB, aliasesA));
  // DNS names exist only while the endpoint has an address: a stopped container loses them all, which
  // its state and address already say. Names an alias or a rename explains are said there.
  const addressed = (e: Endpoint) => Boolean(e.ipv4 || e.ipv6);
  if (addressed(b) && addressed(a)) {
    const told = new Set([...aliasesB, ...aliasesA, ...[bc?.name, ac?.name].filter((x): x is string => Boolean(x)).map(bare)]);
    const keep = (list: string[], c: Container | undefined) => new Set([...names(list, c)].filter((x) => !told.has(x)));
    out.push(listChange(`DNS names on ${network}`, keep(b.dnsNames, bc), keep(a.dnsNames, ac)));
  }
  return out.filter((x): x is string => x !== null);
}

export const addresses = (e: Endpoint) => [e.ipv4, e.ipv6].filter((x): x is string => Boolean(x));
const hostSide = (p: Pick<PublishedPort, 'hostIp' | 'hostPort'>) => (p.hostIp.includes(':') ? `[${p.hostIp}]:${p.hostPort}` : `${p.hostIp}:${p.hostPort}`);
const portOf = (p: PublishedPort) => `${p.containerPort}/${p.protocol}`;

/**
 * A container's bindings: the same one is the same container port at the same host address and port;
 * failing that, the same container port in the same address family, moved (another host port, or
 * from 127.0.0.1 to every interface: a change worth its own sentence).
 */
export function portChanges(ref: ElementRef, engineId: string, b: PublishedPort[], a: PublishedPort[]): PortChange[] {
  const family = (p: PublishedPort) => (p.hostIp.includes(':') ? 6 : 4);
  const pairs = pairUp(b, a, [(p) => `${portOf(p)}/${hostSide(p)}`, (p) => `${portOf(p)}/${family(p)}`], (x, y) => cmp(x.hostIp, y.hostIp) || x.hostPort - y.hostPort);
  return pairs.flatMap((p): PortChange[] => {
    const base = { engineId, name: ref.name, container: ref, ...(ref.beforeId && { beforeId: ref.beforeId }), ...(ref.afterId && { afterId: ref.afterId }) };
    if (p.before && p.after) {
      const [was, now] = [hostSide(p.before), hostSide(p.after)];
      return was === now ? [] : [{ ...base, kind: 'changed', port: portOf(p.after), before: was, after: now, details: [`${portOf(p.after)} published at ${was} → ${now}`] }];
    }
    const one = (p.before ?? p.after)!;
    const side = p.before ? { before: hostSide(one) } : { after: hostSide(one) };
    return [{ ...base, kind: p.before ? 'removed' : 'added', port: portOf(one), ...side, details: [`${portOf(one)} at ${hostSide(one)}`] }];
  });
}
