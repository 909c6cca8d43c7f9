import type { Network } from '../topology/types';
import type { ContainerGroup } from './group-containers';
import { compareText } from './compare-text';

/**
 * Orders networks left to right so that networks sharing many containers sit next to each other:
 * a container between two adjacent buses then has two short, straight edges. This is a maximum-weight
 * path cover (weight = containers on both networks), solved greedily like the greedy TSP heuristic:
 * take pairs heaviest first while each network has at most two neighbours and no cycle forms.
 * User-defined networks come first, the engine's built-in ones (bridge, host, none) last.
 */
export function orderNetworks(networks: Network[], groups: ContainerGroup[]): Network[] {
  const weight = new Map<string, number>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const g of groups) {
    for (let i = 0; i < g.networkIds.length; i++)
      for (let j = i + 1; j < g.networkIds.length; j++) {
        const k = pairKey(g.networkIds[i], g.networkIds[j]);
        weight.set(k, (weight.get(k) ?? 0) + g.containers.length);
      }
  }
  const byId = new Map(networks.map((n) => [n.id, n]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const pairs = [...weight.entries()]
    .map(([k, w]) => ({ a: k.split('|')[0], b: k.split('|')[1], w }))
    .filter((p) => byId.has(p.a) && byId.has(p.b))
    .sort((x, y) => y.w - x.w || compareText(pairKey(name(x.a), name(x.b)), pairKey(name(y.a), name(y.b))));

  const neighbours = new Map<string, string[]>(networks.map((n) => [n.id, []]));
  const root = new Map(networks.map((n) => [n.id, n.id]));
  const find = (x: string): string => (root.get(x) === x ? x : find(root.get(x) as string));
  for (const { a, b } of pairs) {
    if ((neighbours.get(a)?.length ?? 2) >= 2 || (neighbours.get(b)?.length ?? 2) >= 2) continue;
    if (find(a) === find(b)) continue;
    neighbours.get(a)?.push(b);
    neighbours.get(b)?.push(a);
    root.set(find(a), find(b));
  }

  const rank = (n: Network) => (n.builtin ? 1 : 0);
  const sorted = [...networks].sort((x, y) => rank(x) - rank(y) || compareText(x.name, y.name));
  const seen = new Set<string>();
  const ordered: Network[] = [];
  for (const start of sorted) {
    if (seen.has(start.id)) continue;
    // Walk the path from one of its ends, starting at the end that sorts first.
    const ends = walkEnds(start.id, neighbours);
    const first = ends.map((id) => byId.get(id) as Network).sort((x, y) => rank(x) - rank(y) || compareText(x.name, y.name))[0];
    let prev: string | null = null;
    let cur: string | null = first.id;
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      ordered.push(byId.get(cur) as Network);
      const next: string | undefined = (neighbours.get(cur) ?? []).find((n) => n !== prev && !seen.has(n));
      prev = cur;
      cur = next ?? null;
    }
  }
  return ordered;
}

/** Both ends of the path that contains `id` (one element for a lone network). */
function walkEnds(id: string, neighbours: Map<string, string[]>): string[] {
  const ends: string[] = [];
  for (const dir of neighbours.get(id) ?? []) {
    let prev = id;
    let cur = dir;
    for (;;) {
      const next = (neighbours.get(cur) ?? []).find((n) => n !== prev);
      if (!next) break;
      prev = cur;
      cur = next;
    }
    ends.push(cur);
  }
  return ends.length === 0 ? [id] : ends.length === 1 ? [id, ends[0]] : ends;
}
