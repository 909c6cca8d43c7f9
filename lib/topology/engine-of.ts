import type { EngineEntry, Topology } from './types';

/**
 * The engine an object lives on, as listed in `topology.engines`; a stand-in built from
 * `topology.engine` for topologies that list no engines.
 */
export function engineOf(topology: Topology, engineId: string): EngineEntry {
  return topology.engines.find((e) => e.id === engineId) ?? {
    id: engineId, name: topology.engine.name, host: topology.engine.host, source: 'env', state: 'live', info: topology.engine, stale: false,
  };
}
