import type { Topology } from '../topology/types';
import { containerNodeId, networkNodeId } from './types';
import { compareText } from './compare-text';

export interface SearchHit {
  nodeId: string;
  kind: 'container' | 'network';
  /** The node's name. */
  title: string;
  /** What matched, in words: "IP 172.18.0.3 on backend", "DNS name db on backend". */
  why: string;
}

/**
 * Finds containers and networks by name, id prefix, IP address (v4 or v6), subnet, or a DNS name that
 * resolves to a container. Exact matches rank before prefix matches, prefix before substring.
 */
export function searchMap(topology: Topology, query: string, limit = 12): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const score = (text: string | null | undefined): number => {
    const t = (text ?? '').toLowerCase();
    if (!t) return 0;
    if (t === q) return 3;
    if (t.startsWith(q)) return 2;
    return t.includes(q) ? 1 : 0;
  };
  const hits: Array<SearchHit & { score: number }> = [];
  const networks = new Map(topology.networks.map((n) => [n.id, n]));
  for (const n of topology.networks) {
    const s = Math.max(score(n.name), n.id.startsWith(q) && q.length >= 4 ? 2 : 0);
    const subnet = n.subnets.find((x) => score(x.subnet) > 0);
    if (s > 0) hits.push({ nodeId: networkNodeId(n.id), kind: 'network', title: n.name, why: `network ${n.name}`, score: s });
    else if (subnet) hits.push({ nodeId: networkNodeId(n.id), kind: 'network', title: n.name, why: `subnet ${subnet.subnet}`, score: score(subnet.subnet) });
  }
  for (const c of topology.containers) {
    const own = Math.max(score(c.name), c.id.startsWith(q) && q.length >= 4 ? 2 : 0);
    let best = own > 0 ? { s: own, why: `container ${c.name}` } : { s: 0, why: '' };
    for (const e of topology.endpoints) {
      if (e.containerId !== c.id) continue;
      const net = networks.get(e.networkId)?.name ?? '';
      for (const ip of [e.ipv4, e.ipv6]) {
        const s = score(ip) === 3 ? 4 : score(ip); // an exact IP is the strongest hit there is
        if (s > best.s) best = { s, why: `IP ${ip} on ${net}` };
      }
      for (const name of e.dnsNames) {
        const s = score(name);
        if (s > best.s) best = { s, why: `DNS name ${name} on ${net}` };
      }
    }
    if (best.s > 0) hits.push({ nodeId: containerNodeId(c.id), kind: 'container', title: c.name, why: best.why, score: best.s });
  }
  return hits
    .sort((a, b) => b.score - a.score || compareText(a.title, b.title))
    .slice(0, limit)
    .map(({ score: _s, ...hit }) => hit);
}
