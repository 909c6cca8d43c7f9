import { buildTopology } from '../topology/build-topology';
import type { Topology } from '../topology/types';
import type { EngineClient } from './engine-client';
import type { RawContainerInspect, RawContainerSummary, RawNetwork } from './raw-types';

function isNotFound(err: unknown): boolean {
  return (err as { statusCode?: number })?.statusCode === 404;
}

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
    const inspected = await inspects.getMany(containers, async (id) => {
      try {
        return (await docker.getContainer(id).inspect()) as unknown as RawContainerInspect;
      } catch (err) {
        if (isNotFound(err)) return undefined; // removed between the list and the inspect
        throw err;
      }
    });
    return buildTopology({ engine: info, networks, containers, inspects: inspected });
  });
}
