import { spansHosts } from './spans-hosts';
import type { Container, Endpoint, Network, PublishedPort, Subnet, Topology } from './types';

/**
 * "Compare with snapshot": what changed between two topologies, as a user would tell it. Unlike
 * diffTopologies (which keys by id, to patch a live map), elements are matched the way people think
 * of them: compose recreates a container under a new id and the same name, and that is the same
 * container "recreated", not one removed and another added. Pure; the map's marks are lib/graph/diff-marks.
 */

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One thing that is different: an element only in `before` (removed), only in `after` (added), or in both but different. */
export interface Change {
  kind: ChangeKind;
  /** The engine the element is on (a container's, an endpoint's container's, a network's first engine). */
  engineId: string;
  /** The name as it is now (`after`), or as it was when removed. An endpoint's or port's is its container's. */
  name: string;
  /** The element's id in `before` (absent when added): a container's or network's id, an endpoint's `containerId/networkId`, a port's container's id. */
  beforeId?: string;
  /** The element's id in `after` (absent when removed). */
  afterId?: string;
  /**
   * Changed: one short sentence per thing that changed (`running → exited`). Added or removed: the
   * facts worth naming with it (image and state, addresses, the binding), possibly none.
   */
  details: string[];
  /**
   * Removed only: an element of `after` has the same id (a container of another engine, as when one
   * daemon is configured as two engines), so the map cannot draw the ghost under its own id.
   */
  beforeIdTaken?: true;
}

/** A container or network an endpoint or port belongs to, by its ids on each side where it exists. */
export interface ElementRef {
  name: string;
  beforeId?: string;
  afterId?: string;
}

export interface NetworkChange extends Change {
  /** A swarm-scope network spans hosts: no one engine to name it by. */
  spansHosts: boolean;
}

export interface EndpointChange extends Change {
  container: ElementRef;
  network: ElementRef;
}

/** One published port binding of a container (a container port published at one host address and port). */
export interface PortChange extends Change {
  container: ElementRef;
  /** `80/tcp`: the container's side of the binding. */
  port: string;
  /** The host side, where it was and where it is: `127.0.0.1:8080`, `[::]:8080`. */
  before?: string;
  after?: string;
}

export interface TopologyComparison {
  networks: NetworkChange[];
  containers: Change[];
  endpoints: EndpointChange[];
  ports: PortChange[];
  /** The number of changes in all four lists; 0 when nothing changed. */
  total: number;
  /** Every engine on either side, sorted: with several, sentences say which host a container is on. */
  engineIds: string[];
}

type Side = 'before' | 'after';

interface Pair<T> {
  before?: T;
  after?: T;
}

/**
 * Pairs the elements of two lists in passes: each pass pairs the still unpaired elements whose keys
 * are equal (a null key pairs nothing), several with one key in `order`, so that the pairing is the
 * same whichever list comes first (compare(b, a) is compare(a, b) mirrored).
 */
function pairUp<T>(before: T[], after: T[], passes: Array<(t: T, side: Side) => string | null>, order: (a: T, b: T) => number): Pair<T>[] {
  const pairs: Pair<T>[] = [];
  let restB = before;
  let restA = after;
  for (const keyOf of passes) {
    const inAfter = groupBy(restA, (t) => keyOf(t, 'after'));
    // One set a side: the same object may be in both lists (a topology compared with an edited copy).
    const usedB = new Set<T>();
    const usedA = new Set<T>();
    for (const [key, bs] of groupBy(restB, (t) => keyOf(t, 'before'))) {
      const as = inAfter.get(key);
      if (!as) continue;
      const sb = [...bs].sort(order);
      const sa = [...as].sort(order);
      for (let i = 0; i < Math.min(sb.length, sa.length); i++) {
        pairs.push({ before: sb[i], after: sa[i] });
        usedB.add(sb[i]);
        usedA.add(sa[i]);
      }
    }
    restB = restB.filter((t) => !usedB.has(t));
    restA = restA.filter((t) => !usedA.has(t));
  }
  return [...pairs, ...restB.map((b) => ({ before: b })), ...restA.map((a) => ({ after: a }))];
}

function groupBy<T>(list: T[], keyOf: (t: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of list) {
    const key = keyOf(t);
    if (key !== null) out.set(key, [...(out.get(key) ?? []), t]);
  }
  return out;
}

/** Code-point order: the same on every machine, unlike a locale's. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const short = (id: string) => id.slice(0, 12);
/** Names are stored without Docker's leading slash; one from an older snapshot may still have it. */
const bare = (name: string) => name.replace(/^\//, '');

/**
 * The same container is, first, the one with the same id on the same engine (the name may have
 * changed: `docker rename`); then the one with the same name on the same engine (recreated).
 */
function pairContainers(before: Container[], after: Container[]): Pair<Container>[] {
  return pairUp(before, after, [(c) => `${c.engineId}/${c.id}`, (c) => `${c.engineId}/${bare(c.name)}`], (a, b) => cmp(a.id, b.id) || cmp(a.name, b.name));
}

/** The same network: the same id (a merged topology lists each id once), then the same name on the same engine. */
function pairNetworks(before: Network[], after: Network[]): Pair<Network>[] {
  return pairUp(before, after, [(n) => n.id, (n) => `${n.engineId}/${n.name}`], (a, b) => cmp(a.id, b.id) || cmp(a.name, b.name));
}

/** One side's elements with the token of their pair (the same on both sides), for matching what hangs off them. */
interface SideIndex {
  containers: Map<string, Container[]>;
  networks: Map<string, Network>;
  token: Map<Container | Network, string>;
  /** Each paired element's counterpart on the other side. */
  partner: Map<Container | Network, Container | Network>;
}

function indexSide(topology: Topology, containerPairs: Pair<Container>[], networkPairs: Pair<Network>[], side: Side): SideIndex {
  const other: Side = side === 'before' ? 'after' : 'before';
  const token = new Map<Container | Network, string>();
  const partner = new Map<Container | Network, Container | Network>();
  const note = (p: Pair<Container | Network>, t: string) => {
    if (p[side]) token.set(p[side]!, t);
    if (p[side] && p[other]) partner.set(p[side]!, p[other]!);
  };
  containerPairs.forEach((p, i) => note(p, `c${i}`));
  networkPairs.forEach((p, i) => note(p, `n${i}`));
  const containers = new Map<string, Container[]>();
  for (const c of topology.containers) containers.set(c.id, [...(containers.get(c.id) ?? []), c]);
  return { containers, networks: new Map(topology.networks.map((n) => [n.id, n])), token, partner };
}

/** An endpoint's container: the one with its id, on an engine the network is on when ids repeat across engines. */
function containerOf(e: Endpoint, at: SideIndex): Container | undefined {
  const candidates = at.containers.get(e.containerId) ?? [];
  const network = at.networks.get(e.networkId);
  return candidates.find((c) => network?.engineIds.includes(c.engineId)) ?? candidates[0];
}

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

function containerDetails(b: Container, a: Container, was: SideIndex, now: SideIndex): string[] {
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

function networkDetails(b: Network, a: Network): string[] {
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

function endpointDetails(b: Endpoint, a: Endpoint, bc: Container | undefined, ac: Container | undefined, network: string): string[] {
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

const addresses = (e: Endpoint) => [e.ipv4, e.ipv6].filter((x): x is string => Boolean(x));
const hostSide = (p: Pick<PublishedPort, 'hostIp' | 'hostPort'>) => (p.hostIp.includes(':') ? `[${p.hostIp}]:${p.hostPort}` : `${p.hostIp}:${p.hostPort}`);
const portOf = (p: PublishedPort) => `${p.containerPort}/${p.protocol}`;

/**
 * A container's bindings: the same one is the same container port at the same host address and port;
 * failing that, the same container port in the same address family, moved (another host port, or
 * from 127.0.0.1 to every interface: a change worth its own sentence).
 */
function portChanges(ref: ElementRef, engineId: string, b: PublishedPort[], a: PublishedPort[]): PortChange[] {
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

/** Only the ids that exist: absent, not undefined, so that a comparison compares and travels as plain JSON. */
const ids = (b: string | undefined, a: string | undefined) => ({ ...(b !== undefined && { beforeId: b }), ...(a !== undefined && { afterId: a }) });

function kindOf(p: Pair<unknown>): ChangeKind {
  return p.before && p.after ? 'changed' : p.before ? 'removed' : 'added';
}

/**
 * What changed from `before` to `after`: networks, containers (recreated, renamed, state, image,
 * network mode), endpoints (addresses, aliases, DNS names; not the MAC, which changes with every
 * recreation) and published ports, each list in a stable order, by name. Pure.
 */
export function compareTopologies(before: Topology, after: Topology): TopologyComparison {
  const containerPairs = pairContainers(before.containers, after.containers);
  const networkPairs = pairNetworks(before.networks, after.networks);
  const was = indexSide(before, containerPairs, networkPairs, 'before');
  const now = indexSide(after, containerPairs, networkPairs, 'after');
  const afterContainerIds = new Set(after.containers.map((c) => c.id));
  const afterNetworkIds = new Set(after.networks.map((n) => n.id));

  const networks = networkPairs.flatMap((p): NetworkChange[] => {
    const n = (p.after ?? p.before)!;
    const kind = kindOf(p);
    const details = kind === 'changed' ? networkDetails(p.before!, p.after!) : [`${n.driver} driver`, ...n.subnets.map((s) => s.subnet)];
    if (kind === 'changed' && !details.length) return [];
    const taken = kind === 'removed' && afterNetworkIds.has(n.id);
    return [{ kind, engineId: n.engineId, name: n.name, ...ids(p.before?.id, p.after?.id), details, ...(taken && { beforeIdTaken: true as const }), spansHosts: spansHosts(n) }];
  });

  const containers: Change[] = [];
  const ports: PortChange[] = [];
  for (const p of containerPairs) {
    const c = (p.after ?? p.before)!;
    const kind = kindOf(p);
    const ref: ElementRef = { name: bare(c.name), ...ids(p.before?.id, p.after?.id) };
    const details = kind === 'changed' ? containerDetails(p.before!, p.after!, was, now) : [c.image, c.state];
    const taken = kind === 'removed' && afterContainerIds.has(c.id);
    if (kind !== 'changed' || details.length) containers.push({ kind, engineId: c.engineId, ...ref, details, ...(taken && { beforeIdTaken: true as const }) });
    ports.push(...portChanges(ref, c.engineId, p.before?.ports ?? [], p.after?.ports ?? []));
  }

  // An endpoint is the same when its container and its network are: their pair tokens, or, for an
  // endpoint whose container or network is not listed, the raw id (the same on both sides).
  const endpointKey = (e: Endpoint, side: Side) => {
    const at = side === 'before' ? was : now;
    const c = containerOf(e, at);
    const n = at.networks.get(e.networkId);
    return `${(c && at.token.get(c)) ?? `?${e.containerId}`}|${(n && at.token.get(n)) ?? `?${e.networkId}`}`;
  };
  const endpointPairs = pairUp(before.endpoints, after.endpoints, [endpointKey], (x, y) => cmp(x.containerId, y.containerId) || cmp(x.networkId, y.networkId));
  const endpoints = endpointPairs.flatMap((p): EndpointChange[] => {
    const kind = kindOf(p);
    const bc = p.before && containerOf(p.before, was);
    const ac = p.after && containerOf(p.after, now);
    const bn = p.before && was.networks.get(p.before.networkId);
    const an = p.after && now.networks.get(p.after.networkId);
    // The container and network on the other side too: a removed endpoint of a container still there is drawn at it.
    const cb = bc ?? (ac && (now.partner.get(ac) as Container | undefined));
    const ca = ac ?? (bc && (was.partner.get(bc) as Container | undefined));
    const nb = bn ?? (an && (now.partner.get(an) as Network | undefined));
    const na = an ?? (bn && (was.partner.get(bn) as Network | undefined));
    const e = (p.after ?? p.before)!;
    const container: ElementRef = { name: bare((ca ?? cb)?.name ?? short(e.containerId)), ...ids(cb?.id, ca?.id) };
    const network: ElementRef = { name: (na ?? nb)?.name ?? short(e.networkId), ...ids(nb?.id, na?.id) };
    const details = kind === 'changed' ? endpointDetails(p.before!, p.after!, bc, ac, network.name) : addresses(e);
    if (kind === 'changed' && !details.length) return [];
    const key = (x: Endpoint | undefined) => x && `${x.containerId}/${x.networkId}`;
    const engineId = (ca ?? cb)?.engineId ?? (na ?? nb)?.engineId ?? '';
    return [{ kind, engineId, name: container.name, ...ids(key(p.before), key(p.after)), details, container, network }];
  });

  const byName = (x: Change, y: Change) => x.name.localeCompare(y.name) || cmp(x.name, y.name) || cmp(x.engineId, y.engineId);
  const byIds = (x: Change, y: Change) => cmp(x.beforeId ?? '', y.beforeId ?? '') || cmp(x.afterId ?? '', y.afterId ?? '');
  networks.sort((x, y) => byName(x, y) || byIds(x, y));
  containers.sort((x, y) => byName(x, y) || byIds(x, y));
  endpoints.sort((x, y) => byName(x, y) || x.network.name.localeCompare(y.network.name) || byIds(x, y));
  const portNumber = (p: PortChange) => parseInt(p.port, 10);
  ports.sort((x, y) => byName(x, y) || byIds(x, y) || portNumber(x) - portNumber(y) || cmp(x.port, y.port) || cmp(x.before ?? '', y.before ?? '') || cmp(x.after ?? '', y.after ?? ''));
  const engineIds = [...new Set([...before.engines, ...after.engines].map((e) => e.id))].sort(cmp);
  return { networks, containers, endpoints, ports, total: networks.length + containers.length + endpoints.length + ports.length, engineIds };
}

/**
 * Everything in the comparison in words, one sentence a change (a changed element one a detail):
 * networks, then containers, endpoints and ports, each by name. On a map of several engines a
 * container or local network says which host it is on.
 */
export function sentences(comparison: TopologyComparison): string[] {
  const several = comparison.engineIds.length > 1;
  const at = (c: Change, local = true) => (several && local ? `${c.name} on host ${c.engineId}` : c.name);
  const facts = (c: Change) => (c.details.length ? ` (${c.details.join(', ')})` : '');
  const each = (c: Change, subject: string) => c.details.map((d) => `${subject}: ${d}`);
  return [
    ...comparison.networks.flatMap((c) => {
      const subject = `network ${at(c, !c.spansHosts)}`;
      return c.kind === 'changed' ? each(c, subject) : [`${subject} ${c.kind}${facts(c)}`];
    }),
    ...comparison.containers.flatMap((c) => (c.kind === 'changed' ? each(c, at(c)) : [`container ${at(c)} ${c.kind}${facts(c)}`])),
    ...comparison.endpoints.flatMap((c) =>
      c.kind === 'changed' ? each(c, at(c)) : [`${at(c)} ${c.kind === 'added' ? 'joined' : 'left'} ${c.network.name}${facts(c)}`]),
    ...comparison.ports.flatMap((c) =>
      c.kind === 'changed' ? each(c, at(c)) : [`${at(c)}: ${c.kind === 'added' ? 'publishes' : 'no longer publishes'} ${c.details.join(', ')}`]),
  ];
}
