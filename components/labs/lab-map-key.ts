import { withoutProbeHelpers } from '@/lib/graph/without-probe-helpers';
import type { Topology } from '@/lib/topology/types';

/**
 * What of the live map a lab's goals can depend on, as one string: every container (state, published
 * ports), network and attachment, netatlas's probe helpers left out. A lab check runs such helpers:
 * were they counted, every check would change the map and so set off the next one, for ever.
 * Equal strings: nothing a goal looks at changed. Pure.
 */
export function labMapKey(all: Topology): string {
  const t = withoutProbeHelpers(all);
  const containers = t.containers
    .map((c) => `c ${c.id} ${c.name} ${c.state} ${c.ports.map((p) => `${p.hostIp}:${p.hostPort}>${p.containerPort}/${p.protocol}`).join(',')}`);
  const networks = t.networks.map((n) => `n ${n.id} ${n.name}`);
  const endpoints = t.endpoints
    .map((e) => `e ${e.networkId} ${e.containerId} ${e.ipv4 ?? ''} ${e.ipv6 ?? ''}`);
  return [...containers, ...networks, ...endpoints].sort().join('\n');
}
