import type Docker from 'dockerode';
import type { LabelPolicy } from '../topology/label-policy';
import { toSwarm } from '../topology/to-swarm';
import type { Swarm } from '../topology/types';
import type { RawNode, RawService, RawSwarmInfo, RawTask } from '../wire/raw-swarm-types';

/**
 * Reads the swarm `docker` manages: null unless the engine is an active swarm manager (a worker
 * cannot list services, tasks or nodes). Any failure also gives null, never a thrown error: the
 * node may have left the swarm between the info and the lists ("503 This node is not a swarm
 * manager"), and the map must still show the engine's containers. `docker` is a negotiated client;
 * `engineId` is netatlas's id for this engine, given to the node the engine itself is; `labels` the
 * session's label policy.
 */
export async function readSwarm(docker: Docker, engineId: string, labels?: LabelPolicy): Promise<Swarm | null> {
  try {
    const swarm = ((await docker.info()) as { Swarm?: RawSwarmInfo }).Swarm;
    if (swarm?.LocalNodeState !== 'active' || swarm.ControlAvailable !== true) return null;
    const [services, tasks, nodes] = await Promise.all([
      docker.listServices() as Promise<unknown> as Promise<RawService[]>,
      docker.listTasks() as Promise<unknown> as Promise<RawTask[]>,
      docker.listNodes() as Promise<unknown> as Promise<RawNode[]>,
    ]);
    return toSwarm({ clusterId: swarm.Cluster?.ID ?? '', nodeId: swarm.NodeID ?? '', services, tasks, nodes }, engineId, labels);
  } catch {
    return null;
  }
}
