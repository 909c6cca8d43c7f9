import type { RawNode, RawService, RawTask } from '../wire/raw-swarm-types';
import { DEFAULT_LABEL_POLICY, type LabelPolicy } from './label-policy';
import { toSwarmNode } from './to-swarm-node';
import { toSwarmService } from './to-swarm-service';
import { toSwarmTask } from './to-swarm-task';
import type { Swarm, SwarmTask } from './types';

/** What readSwarm gathers from one manager: its `docker info` Swarm facts and the three lists. */
export interface RawSwarm {
  /** `docker info` Swarm.Cluster.ID. */
  clusterId: string;
  /** `docker info` Swarm.NodeID: the node the reading engine is. */
  nodeId: string;
  services: RawService[];
  tasks: RawTask[];
  nodes: RawNode[];
}

/**
 * Shut down because it was meant to be (replaced by an update, scaled away): only the swarm's task
 * history. A failed task, or one shut down while still wanted, stays: it tells why replicas are short.
 */
const retired = (t: RawTask) => t.Status?.State === 'shutdown' && t.DesiredState === 'shutdown';

const byName = <T extends { id: string }>(name: (x: T) => string) => (a: T, b: T) =>
  name(a).localeCompare(name(b)) || a.id.localeCompare(b.id);

/** Replicas in slot order (global tasks by node), the wanted task of a slot before the ones it replaced. */
function byTaskOrder(a: SwarmTask, b: SwarmTask): number {
  const slot = (t: SwarmTask) => t.slot ?? Number.MAX_SAFE_INTEGER;
  const wanted = (t: SwarmTask) => (t.desiredState === 'running' ? 0 : 1);
  return slot(a) - slot(b) || a.nodeId.localeCompare(b.nodeId) || wanted(a) - wanted(b) || a.id.localeCompare(b.id);
}

/**
 * Builds the domain {@link Swarm} from a manager's raw answers. Pure and deterministic: services by
 * name, their tasks by slot, nodes by host name. Tasks of no listed service (a network attachment
 * of a standalone container, a service removed meanwhile) are left out. Label values only where
 * `labels` shows them.
 */
export function toSwarm(raw: RawSwarm, engineId: string, labels: LabelPolicy = DEFAULT_LABEL_POLICY): Swarm {
  const tasksByService = new Map<string, SwarmTask[]>();
  for (const t of raw.tasks) {
    if (!t.ServiceID || retired(t)) continue;
    const list = tasksByService.get(t.ServiceID) ?? [];
    list.push(toSwarmTask(t));
    tasksByService.set(t.ServiceID, list);
  }
  return {
    clusterId: raw.clusterId,
    engineId,
    nodes: raw.nodes.map((n) => toSwarmNode(n, raw.nodeId, engineId)).sort(byName((n) => n.hostname)),
    services: raw.services
      .map((s) => toSwarmService(s, (tasksByService.get(s.ID) ?? []).sort(byTaskOrder), labels))
      .sort(byName((s) => s.name)),
  };
}
