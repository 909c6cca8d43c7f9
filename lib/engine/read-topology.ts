import { buildTopology } from '../topology/build-topology';
import type { Topology } from '../topology/types';
import type { EngineClient } from './engine-client';
import { inspectContainer } from './inspect-container';
import type { RawContainerSummary, RawNetwork } from './raw-types';

/**
 * Reads one engine's topology: the two list calls every time, and an inspect only for containers
 * whose list entry changed since the last read (see InspectCache).
 */
export function readTopology(client: EngineClient): Promise<Topology> {
  return client.call(async ({ docker, info, inspects }) => {
    const [containers, networks] = await Promise.all([
      docker.listContainers({ all: true }) as Promise<unknown> as Promise<RawContainerSummary[]>,
      docker.listNetworks() as Promise<unknown> as Promise<RawNetwork[]>,
    ]);
    const inspected = await inspects.getMany(containers, (id) => inspectContainer(docker, id));
    return buildTopology({ engine: info, networks, containers, inspects: inspected });
  });
}
