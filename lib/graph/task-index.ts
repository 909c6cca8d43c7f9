import type { Swarm, SwarmService, SwarmTask } from '../topology/types';

/** Swarm tasks by the id of the container that runs them, with their service. */
export function toTaskIndex(swarms: Swarm[]): Map<string, { service: SwarmService; task: SwarmTask }> {
  const out = new Map<string, { service: SwarmService; task: SwarmTask }>();
  for (const s of swarms) for (const service of s.services) for (const task of service.tasks) {
    if (task.containerId) out.set(task.containerId, { service, task });
  }
  return out;
}
