import type { ActivityEntry, EngineChange } from '../../topology/engine-change';
import { describeChange } from '../../topology/describe-change';
import type { Topology } from '../../topology/types';
import type { ActivityLog } from '../activity-log';

/**
 * Writes the activity lines for a batch of changes, with names. A network event gives the container
 * by id only, and a removed object is gone from the engine's lists, so every container and network
 * name seen (in an event or a full read) is kept: lines name both sides, and "removed" lines still
 * say what was removed.
 */
export class ActivityRecorder {
  private containers = new Map<string, string>();
  private networks = new Map<string, string>();

  constructor(private readonly log: ActivityLog) {}

  /** Remembers the names of everything in a full read. */
  learn(t: Topology): void {
    for (const c of t.containers) this.containers.set(c.id, c.name);
    for (const n of t.networks) this.networks.set(n.id, n.name);
  }

  /** Logs each change worth a line, in order; returns the entries added. */
  record(changes: EngineChange[]): ActivityEntry[] {
    return changes.map((c) => this.recordOne(c)).filter((e): e is ActivityEntry => e !== null);
  }

  private recordOne(c: EngineChange): ActivityEntry | null {
    if (c.kind === 'container' && c.containerName) this.containers.set(c.containerId, c.containerName);
    if (c.kind === 'network' && c.networkName) this.networks.set(c.networkId, c.networkName);
    const container = c.containerId ? this.containers.get(c.containerId) ?? null : null;
    const network = c.kind === 'network' ? this.networks.get(c.networkId) ?? null : null;
    const text = describeChange(c, { container, network });
    if (!text) return null;
    return this.log.add({
      time: c.time || Date.now(), kind: c.kind, action: c.action, containerId: c.containerId,
      containerName: container, networkId: c.kind === 'network' ? c.networkId : null, networkName: network, text,
    });
  }
}
