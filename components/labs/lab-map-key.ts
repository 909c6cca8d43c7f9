import { PROBE_LABEL } from '@/lib/topology/probe-label';
import type { Topology } from '@/lib/topology/types';


/**
 * What of the live map a lab's goals can depend on, as one string: every container (state, published
 * ports), network and attachment, netatlas's probe helpers left out. A lab check runs such helpers:
 * were they counted, every check would change the map and so set off the next one, for ever.
 * Equal strings: nothing a goal looks at changed. Pure.
 */
export function labMapKey(t: Topology): string {
  const helpers = new Set(t.containers.filter((c) => PROBE_LABEL in c.labels).map((c) => c.id));
  const containers = t.containers
    .filter((c) => !helpers.has(c.id))
    .map((c) => `c ${c.id} ${c.name} ${c.state} ${c.ports.map((p) => `${p.hostIp}:${p.hostPort}>${p.containerPort}/${p.protocol}`).join(',')}`);
  const networks = t.networks.map((n) => `n ${n.id} ${n.name}`);
  const endpoints = t.endpoints
    .filter((e) => !helpers.has(e.containerId))
    .map((e) => `e ${e.networkId} ${e.containerId} ${e.ipv4 ?? ''} ${e.ipv6 ?? ''}`);
  return [...containers, ...networks, ...endpoints].sort().join('\n');
}
