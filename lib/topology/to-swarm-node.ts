import type { RawNode } from '../wire/raw-swarm-types';
import type { SwarmNode } from './types';
import { withoutPrefix } from './without-prefix';

/** `<ip>:2377` -> `<ip>`; `[::1]:2377` -> `::1`. */
function hostOf(addr: string): string {
  const m = /^\[(.*)\]:\d+$/.exec(addr) ?? /^([^:]*):\d+$/.exec(addr);
  return m ? m[1] : addr;
}

/**
 * The node's address: `Status.Addr`, except where the engine reports `0.0.0.0` for a manager
 * (moby/moby#35437), then the host part of the manager's `ManagerStatus.Addr`.
 */
function nodeAddr(raw: RawNode): string | null {
  const status = raw.Status?.Addr ? withoutPrefix(raw.Status.Addr) : '';
  if (status && status !== '0.0.0.0') return status;
  const manager = raw.ManagerStatus?.Addr ? hostOf(raw.ManagerStatus.Addr) : '';
  return manager || status || null;
}

/**
 * Reshapes one entry of `GET /nodes`. `selfNodeId` is the node the reading engine is (its `docker
 * info` Swarm.NodeID): that node gets `engineId`, every other one null.
 */
export function toSwarmNode(raw: RawNode, selfNodeId: string, engineId: string): SwarmNode {
  return {
    id: raw.ID,
    hostname: raw.Description?.Hostname ?? '',
    role: raw.Spec?.Role === 'manager' ? 'manager' : 'worker',
    state: raw.Status?.State || 'unknown',
    availability: raw.Spec?.Availability || 'active',
    leader: raw.ManagerStatus?.Leader === true,
    addr: nodeAddr(raw),
    engineId: raw.ID === selfNodeId ? engineId : null,
  };
}
