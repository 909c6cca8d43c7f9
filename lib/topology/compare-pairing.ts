import type { Pair, Side } from './compare-types';
import type { Container, Endpoint, Network, Topology } from './types';

/** How compareTopologies matches elements: which of `before` is which of `after`. */

/**
 * Pairs the elements of two lists in passes: each pass pairs the still unpaired elements whose keys
 * are equal (a null key pairs nothing), several with one key in `order`, so that the pairing is the
 * same whichever list comes first (compare(b, a) is compare(a, b) mirrored).
 */
export function pairUp<T>(before: T[], after: T[], passes: Array<(t: T, side: Side) => string | null>, order: (a: T, b: T) => number): Pair<T>[] {
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
export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const short = (id: string) => id.slice(0, 12);
/** Names are stored without Docker's leading slash; one from an older snapshot may still have it. */
export const bare = (name: string) => name.replace(/^\//, '');

/**
 * The same container is, first, the one with the same id on the same engine (the name may have
 * changed: `docker rename`); then the one with the same name on the same engine (recreated).
 */
export function pairContainers(before: Container[], after: Container[]): Pair<Container>[] {
  return pairUp(before, after, [(c) => `${c.engineId}/${c.id}`, (c) => `${c.engineId}/${bare(c.name)}`], (a, b) => cmp(a.id, b.id) || cmp(a.name, b.name));
}

/** The same network: the same id (a merged topology lists each id once), then the same name on the same engine. */
export function pairNetworks(before: Network[], after: Network[]): Pair<Network>[] {
  return pairUp(before, after, [(n) => n.id, (n) => `${n.engineId}/${n.name}`], (a, b) => cmp(a.id, b.id) || cmp(a.name, b.name));
}

/** One side's elements with the token of their pair (the same on both sides), for matching what hangs off them. */
export interface SideIndex {
  containers: Map<string, Container[]>;
  networks: Map<string, Network>;
  token: Map<Container | Network, string>;
  /** Each paired element's counterpart on the other side. */
  partner: Map<Container | Network, Container | Network>;
}

export function indexSide(topology: Topology, containerPairs: Pair<Container>[], networkPairs: Pair<Network>[], side: Side): SideIndex {
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
export function containerOf(e: Endpoint, at: SideIndex): Container | undefined {
  const candidates = at.containers.get(e.containerId) ?? [];
  const network = at.networks.get(e.networkId);
  return candidates.find((c) => network?.engineIds.includes(c.engineId)) ?? candidates[0];
}
