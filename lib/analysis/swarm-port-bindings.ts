import type { Topology } from '../topology/types';
import type { PortBinding } from './port-map-types';

/**
 * The ports swarm services publish on the routing mesh: every ready node of the swarm listens on them
 * (on every interface) and forwards to a task, whether or not a task runs there. One binding per
 * node netatlas knows as an engine. Host-mode ports are not here: they are the task containers' own.
 */
export function swarmPortBindings(topology: Topology): PortBinding[] {
  const out: PortBinding[] = [];
  for (const s of topology.swarms) for (const svc of s.services) for (const p of svc.ports) {
    if (p.publishMode !== 'ingress' || !p.publishedPort) continue;
    for (const node of s.nodes) {
      if (!node.engineId || node.state !== 'ready') continue;
      out.push({
        engineId: node.engineId, hostPort: p.publishedPort, hostPortEnd: p.publishedPort, protocol: p.protocol,
        containerId: '', containerName: svc.name, containerPort: p.targetPort, pending: false, service: { id: svc.id, name: svc.name },
      });
    }
  }
  return out;
}
