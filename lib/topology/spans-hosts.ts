import type { Network } from './types';

/**
 * A network that lives across hosts rather than on one: scope `swarm` (overlays, swarm's ingress) or
 * `global`. It has the same id on every engine it is on, so the map lists it once (with `engineIds`),
 * draws it beside the hosts, and only such a network joins containers of different engines.
 */
export function spansHosts(n: Pick<Network, 'scope'>): boolean {
  return n.scope !== 'local';
}
