import type { RawTask } from '../wire/raw-swarm-types';
import type { SwarmTask } from './types';
import { withoutPrefix } from './without-prefix';

/** Reshapes one entry of `GET /tasks`; its addresses lose their prefix length. */
export function toSwarmTask(raw: RawTask): SwarmTask {
  return {
    id: raw.ID,
    slot: typeof raw.Slot === 'number' && raw.Slot > 0 ? raw.Slot : null,
    // Empty while the scheduler has not placed the task (pending: "no suitable node").
    nodeId: raw.NodeID ?? '',
    state: raw.Status?.State ?? 'unknown',
    desiredState: raw.DesiredState ?? 'unknown',
    containerId: raw.Status?.ContainerStatus?.ContainerID || null,
    addresses: (raw.NetworksAttachments ?? []).flatMap((a) =>
      (a.Addresses ?? []).filter(Boolean).map((ip) => ({ networkId: a.Network?.ID ?? '', ip: withoutPrefix(ip) })),
    ),
    error: raw.Status?.Err || null,
  };
}
