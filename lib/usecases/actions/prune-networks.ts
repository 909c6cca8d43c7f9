import 'server-only';
import { toNetwork } from '../../topology/to-network';
import type { EngineClient, EngineSession } from '../../engine/engine-client';
import { containerList } from '../../engine/container-ops';
import { engineRefusal } from '../../engine/engine-refusal';
import { networkDelete, networkList } from '../../engine/network-ops';
import { refineEngineError } from '../../engine/refine-engine-error';
import type { RawContainerSummary } from '../../wire/raw-types';

/** Network ids and names any container (running or stopped) is attached to. */
function inUse(containers: RawContainerSummary[]): Set<string> {
  const used = new Set<string>();
  for (const c of containers) {
    for (const [name, e] of Object.entries(c.NetworkSettings?.Networks ?? {})) {
      used.add(name);
      if (e.NetworkID) used.add(e.NetworkID);
    }
    const mode = c.HostConfig?.NetworkMode;
    if (mode) used.add(mode);
  }
  return used;
}

/** Removes one network; false when the engine refuses (it became busy, or is already gone): prune goes on. */
async function tryRemove(docker: EngineSession['docker'], id: string): Promise<boolean> {
  try {
    await networkDelete(docker, id);
    return true;
  } catch (err) {
    if (engineRefusal(err) !== null) return false;
    throw err; // no answer at all: the engine is gone, say so
  }
}

/**
 * Removes every user-defined network no container uses. Unlike the engine's own prune, a network a
 * stopped container still names is kept (it would fail to start), and built-in networks are never
 * candidates. Returns the removed names, sorted.
 */
export async function pruneNetworks(client: EngineClient): Promise<string[]> {
  try {
    return await client.call(async ({ docker }) => {
      const [networks, containers] = await Promise.all([networkList(docker), containerList(docker)]);
      const used = inUse(containers);
      const candidates = networks.filter((n) => !toNetwork(n).builtin && !used.has(n.Id) && !used.has(n.Name));
      const removed: string[] = [];
      for (const n of candidates) if (await tryRemove(docker, n.Id)) removed.push(n.Name);
      return removed.sort();
    });
  } catch (err) {
    throw refineEngineError(err);
  }
}
