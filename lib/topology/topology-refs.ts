import type { Container, Network, Topology } from './types';
import { AppError } from '../errors/app-error';
import { isFullId, matchRef } from './match-ref';

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
  if (!isFullId(ref)) unambiguous(topology, 'container', ref.replace(/^\//, ''));
  return matchRef('container', ref, topology.containers, { id: (c) => c.id, names: (c) => [c.name] });
}

/** A validated network ref (full id or exact name) → the topology's network. 404 naming the ref; 400 for a name on several engines. */
export function findNetwork(topology: Topology, ref: string): Network {
  if (!isFullId(ref)) unambiguous(topology, 'network', ref);
  return matchRef('network', ref, topology.networks, { id: (n) => n.id, names: (n) => [n.name] });
}
