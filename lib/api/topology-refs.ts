import type { Container, Network, Topology } from '../topology/types';
import { AppError } from '../errors/app-error';
import { isFullId } from './schemas/refs';

/**
 * A name that means different objects on different engines (each engine has its own `web` or
 * `app`) is refused rather than resolved to whichever comes first: 400 naming the engines.
 */
function unambiguous(topology: Topology, kind: 'container' | 'network', name: string): void {
  const items: Array<{ name: string; engineId: string }> = kind === 'container' ? topology.containers : topology.networks;
  const engines = [...new Set(items.filter((x) => x.name === name).map((x) => x.engineId))];
  if (engines.length < 2) return;
  const where = engines.map((id) => topology.engines.find((e) => e.id === id)?.name ?? id).join(', ');
  throw new AppError('bad_request', `Invalid request: there is a ${kind} "${name}" on several engines (${where}); give its full id, or the engine with ?engine=.`);
}

/**
 * A validated container ref (full 64-hex id or exact name, `/name` allowed) → the topology's
 * container. An id wins over a name, as in the engine; a prefix never matches. 404 naming the ref;
 * 400 for a name found on several engines.
 */
export function findContainer(topology: Topology, ref: string): Container {
  const name = ref.replace(/^\//, '');
  const byId = isFullId(ref) ? topology.containers.find((c) => c.id === ref) : undefined;
  if (byId) return byId;
  unambiguous(topology, 'container', name);
  const found = topology.containers.find((c) => c.name === name);
  if (!found) throw new AppError('not_found', `No container "${name}" on this engine (give its full id or exact name).`);
  return found;
}

/** A validated network ref (full id or exact name) → the topology's network. 404 naming the ref; 400 for a name on several engines. */
export function findNetwork(topology: Topology, ref: string): Network {
  const byId = isFullId(ref) ? topology.networks.find((n) => n.id === ref) : undefined;
  if (byId) return byId;
  unambiguous(topology, 'network', ref);
  const found = topology.networks.find((n) => n.name === ref);
  if (!found) throw new AppError('not_found', `No network "${ref}" on this engine (give its full id or exact name).`);
  return found;
}
