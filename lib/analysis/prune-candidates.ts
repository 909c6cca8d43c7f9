import type { Network, Topology } from '../topology/types';

/**
 * The networks `POST /api/networks/prune` would remove, by the server's own rule
 * (lib/engine/actions/prune-networks.ts): user-defined networks that no container — running or
 * stopped — is attached to or names as its network mode. Built-in networks never. Sorted by name.
 * The page shows this list before the user confirms; the server's answer says what really went.
 */
export function pruneCandidates(topology: Topology): Network[] {
  const used = new Set<string>(topology.endpoints.map((e) => e.networkId));
  for (const c of topology.containers) used.add(c.networkMode);
  return topology.networks
    .filter((n) => !n.builtin && !used.has(n.id) && !used.has(n.name))
    .sort((a, b) => a.name.localeCompare(b.name));
}
