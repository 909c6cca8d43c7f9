import type { Container } from './types';

/** Longest `container:<x>` chain followed; a loop or a broken chain stops there. */
const MAX_HOPS = 8;

/**
 * The container whose network stack `c` lives in: itself, or the end of its `container:<x>` chain. The
 * chain never leaves the engine (a network namespace is one kernel's: an id that matches a container of
 * another engine is not its owner), and stops at a missing link or a loop.
 */
export function stackOwner(c: Container, byId: ReadonlyMap<string, Container>): Container {
  let current = c;
  for (let hops = 0; current.sharesNetworkWith && hops < MAX_HOPS; hops++) {
    const next = byId.get(current.sharesNetworkWith);
    if (!next || next.id === current.id || next.engineId !== current.engineId) break;
    current = next;
  }
  return current;
}
