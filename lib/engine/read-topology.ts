import { buildTopology } from '../topology/build-topology';
import { DEFAULT_ENGINE_ID } from '../topology/engine-id';
import type { Topology } from '../topology/types';
import type { EngineClient } from './engine-client';
import { inspectContainer } from './inspect-container';
import type { RawContainerSummary, RawNetwork } from './raw-types';
import { readSwarm } from './read-swarm';

/** A swarm node lists swarm's own `ingress` network; an engine outside any swarm never does. */
const inSwarm = (networks: RawNetwork[]) => networks.some((n) => n.Ingress || n.Scope === 'swarm');

/**
 * Reads one engine's topology: the two list calls every time, and an inspect only for containers
 * whose list entry changed since the last read (see InspectCache). The swarm is read only where the
 * network list shows one, so an engine outside a swarm costs no extra call.
 */
export function readTopology(client: EngineClient, engineId = DEFAULT_ENGINE_ID): Promise<Topology> {
  return client.call(async ({ docker, info, inspects }) => {
    const [containers, networks] = await Promise.all([
      docker.listContainers({ all: true }) as Promise<unknown> as Promise<RawContainerSummary[]>,
      docker.listNetworks() as Promise<unknown> as Promise<RawNetwork[]>,
    ]);
    const [inspected, swarm] = await Promise.all([
      inspects.getMany(containers, (id) => inspectContainer(docker, id)),
      inSwarm(networks) ? readSwarm(docker, engineId) : Promise.resolve(null),
    ]);
    // Swarm facts are read once per connection; a swarm joined since then shows in what was just read.
    const engine = swarm ? { ...info, swarmManager: true, swarmNodeId: swarm.nodes.find((n) => n.engineId === engineId)?.id ?? info.swarmNodeId } : info;
    return buildTopology({ engine, engineId, swarm, networks, containers, inspects: inspected });
  });
}
