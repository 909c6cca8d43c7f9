import 'server-only';
import type { EngineSession } from '../../engine/engine-client';
import { containerList } from '../../engine/container-ops';
import { networkInspect } from '../../engine/network-ops';
import { containerName } from '../../topology/to-container';

/**
 * Names of the containers attached to a network: the running endpoints the network inspect lists,
 * and stopped containers that keep the network in their settings (the engine would let the network
 * go, and they would then fail to start). Stopped ones are marked "(stopped)".
 */
export async function attachedContainers(docker: EngineSession['docker'], networkId: string, networkName: string): Promise<string[]> {
  const [inspected, containers] = await Promise.all([networkInspect(docker, networkId), containerList(docker)]);
  const names = new Set(Object.values(inspected.Containers ?? {}).map((c) => c.Name ?? '').filter(Boolean));
  for (const c of containers) {
    const networks = Object.entries(c.NetworkSettings?.Networks ?? {});
    const attached = networks.some(([name, e]) => e.NetworkID === networkId || (!e.NetworkID && name === networkName));
    const name = containerName(c);
    if (attached && !names.has(name)) names.add(c.State === 'running' ? name : `${name} (stopped)`);
  }
  return [...names].sort();
}
