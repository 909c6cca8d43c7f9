import { AppError } from '../../errors/app-error';

/** Probes running at once on this server; each is a container and a few processes on the host. */
export const MAX_PROBES = 4;

const KEY = Symbol.for('netatlas.probeSlots');
type Holder = { [KEY]?: Set<string> };

function running(): Set<string> {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= new Set());
}

/**
 * Takes a slot for one probe from `sourceId`, or refuses at once: a second probe from the same
 * container while one runs is 409 (it would only measure itself), a fifth at once on the server is
 * 429. Refusing beats queueing here: a probe lasts seconds, and a held request would look hung.
 * Returns the function that frees the slot.
 */
export function takeProbeSlot(sourceId: string, sourceName: string): () => void {
  const slots = running();
  if (slots.has(sourceId)) {
    throw new AppError('conflict', `A probe from ${sourceName} is already running; wait for its result.`);
  }
  if (slots.size >= MAX_PROBES) {
    throw new AppError('too_many_requests', `${MAX_PROBES} probes are already running on this server; try again in a few seconds.`);
  }
  slots.add(sourceId);
  return () => { slots.delete(sourceId); };
}
