import type { Network, Topology } from '../topology/types';

/**
 * The networks `POST /api/networks/prune` would remove, by the server's own rule
 * (lib/usecases/actions/prune-networks.ts): user-defined networks that no container — running or
 * stopped — is attached to or names as its network mode. Built-in networks never. Sorted by name.
 * The page shows this list before the user confirms; the server's answer says what really went.
 *
 * Per engine: a network mode names a network of the container's own engine (both engines may have
 * an `app`), and a swarm network is used when a container on any engine, or a service, is on it.
 * With `engineId`, only the networks on that engine (prune is sent to one engine).
 */
export function pruneCandidates(topology: Topology, engineId?: string): Network[] {
  const used = new Set<string>(topology.endpoints.map((e) => e.networkId));
  for (const s of topology.swarms) for (const service of s.services) for (const id of service.networkIds) used.add(id);
  const modes = new Set(topology.containers.map((c) => `${c.engineId}/${c.networkMode}`));
  const named = (n: Network) => n.engineIds.some((e) => modes.has(`${e}/${n.id}`) || modes.has(`${e}/${n.name}`));
  return topology.networks
    .filter((n) => (engineId === undefined || n.engineIds.includes(engineId)) && !n.builtin && !used.has(n.id) && !named(n))
    .sort((a, b) => a.name.localeCompare(b.name) || a.engineId.localeCompare(b.engineId));
}
