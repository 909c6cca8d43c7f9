import type Docker from 'dockerode';
import { buildTopology, type RawSnapshot } from '../topology/build-topology';
import { DEFAULT_ENGINE_ID } from '../topology/engine-id';
import type { EngineInfo, Swarm, Topology } from '../topology/types';
import type { EngineClient, EngineSession } from './engine-client';
import { inspectContainer } from './inspect-container';
import type { RawContainerSummary, RawNetwork } from '../wire/raw-types';
import type { RawSwarmInfo } from '../wire/raw-swarm-types';
import { readSwarm } from './read-swarm';

/** A swarm node lists swarm's own `ingress` network; an engine outside any swarm never does. */
export const inSwarm = (networks: RawNetwork[]) => networks.some((n) => n.Ingress || n.Scope === 'swarm');

/**
 * Keeps the session's swarm facts current: an engine can join or leave a swarm while netatlas is
 * connected. Out of a swarm: nothing to ask. A manager: its own node is in the swarm just read. A
 * worker (no swarm to read): one `GET /info`, only until its node id is known.
 */
async function swarmFacts(docker: Docker, info: EngineInfo, swarmed: boolean, swarm: Swarm | null, engineId: string): Promise<EngineInfo> {
  if (!swarmed) return info.swarmNodeId || info.swarmManager ? { ...info, swarmNodeId: null, swarmManager: false } : info;
  if (swarm) {
    const self = swarm.nodes.find((n) => n.engineId === engineId)?.id ?? info.swarmNodeId;
    return info.swarmManager && info.swarmNodeId === self ? info : { ...info, swarmManager: true, swarmNodeId: self };
  }
  if (info.swarmNodeId && !info.swarmManager) return info;
  const s = ((await docker.info()) as { Swarm?: RawSwarmInfo }).Swarm;
  return { ...info, swarmNodeId: s?.NodeID || null, swarmManager: s?.ControlAvailable === true };
}

/** A topology and the raw answers it was built from (what a later partial read patches). */
export interface EngineRead {
  topology: Topology;
  raw: RawSnapshot;
}

/**
 * Reads one engine's topology: the two list calls every time, and an inspect only for containers
 * whose list entry changed since the last read (see InspectCache). The swarm is read only where the
 * network list shows one, so an engine outside a swarm costs no extra call. Label values are withheld
 * by the session's policy as the objects are reshaped, so no answer built on it can carry them.
 */
export async function readTopology(client: EngineClient, engineId = DEFAULT_ENGINE_ID): Promise<Topology> {
  return (await readEngine(client, engineId)).topology;
}

/** {@link readTopology}, with the raw answers kept. */
export function readEngine(client: EngineClient, engineId = DEFAULT_ENGINE_ID): Promise<EngineRead> {
  return client.call(async (session: EngineSession) => {
    const { docker, inspects } = session;
    const [containers, networks] = await Promise.all([
      docker.listContainers({ all: true }) as Promise<unknown> as Promise<RawContainerSummary[]>,
      docker.listNetworks() as Promise<unknown> as Promise<RawNetwork[]>,
    ]);
    const swarmed = inSwarm(networks);
    const [inspected, swarm] = await Promise.all([
      inspects.getMany(containers, (id) => inspectContainer(docker, id)),
      swarmed ? readSwarm(docker, engineId, session.labels) : Promise.resolve(null),
    ]);
    session.info = await swarmFacts(docker, session.info, swarmed, swarm, engineId);
    const raw: RawSnapshot = { engine: session.info, engineId, swarm, networks, containers, inspects: inspected };
    return { topology: buildTopology(raw, session.labels, session.builds), raw };
  });
}
