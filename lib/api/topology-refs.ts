import type { Container, Network, Topology } from '../topology/types';
import { AppError } from './app-error';
import { isFullId } from './schemas/refs';

/**
 * A validated container ref (full 64-hex id or exact name, `/name` allowed) → the topology's
 * container. An id wins over a name, as in the engine; a prefix never matches. 404 naming the ref.
 */
export function findContainer(topology: Topology, ref: string): Container {
  const name = ref.replace(/^\//, '');
  const found = (isFullId(ref) ? topology.containers.find((c) => c.id === ref) : undefined) ?? topology.containers.find((c) => c.name === name);
  if (!found) throw new AppError('not_found', `No container "${name}" on this engine (give its full id or exact name).`);
  return found;
}

/** A validated network ref (full id or exact name) → the topology's network. 404 naming the ref. */
export function findNetwork(topology: Topology, ref: string): Network {
  const found = (isFullId(ref) ? topology.networks.find((n) => n.id === ref) : undefined) ?? topology.networks.find((n) => n.name === ref);
  if (!found) throw new AppError('not_found', `No network "${ref}" on this engine (give its full id or exact name).`);
  return found;
}
