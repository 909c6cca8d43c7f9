import { fnv1a } from '../topology/fnv1a';
import type { Network } from '../topology/types';
import type { ContainerGroup } from './group-containers';

/**
 * A fingerprint of what decides the layout: which networks exist and which containers sit on which
 * set of networks. IPs, states, names and labels are left out, so data-only changes keep the key
 * (and the nodes stay where they are).
 */
export function toStructureKey(networks: Network[], groups: ContainerGroup[], engineIds: string[] = []): string {
  const nets = networks.map((n) => n.id).sort().join(',');
  // Member ids sorted: a rename reorders a group but must not count as a change of structure.
  const grp = groups.map((g) => `${g.key}:${g.containers.map((c) => c.id).sort().join(',')}`).join(';');
  return fnv1a(`${nets}#${grp}${engineIds.length ? `#${engineIds.join(',')}` : ''}`);
}
