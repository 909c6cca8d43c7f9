import 'server-only';
import type { Topology } from '../topology/types';
import { defaultTopologyFeed } from './default-topology-feed';

/**
 * How long the page waits for the engines to draw its first picture (the HTML waits with it); past it
 * there is none and the page draws the map itself. A warm read of 1,000 containers takes ~20 ms; the
 * first after the server starts, seconds (every container inspected).
 */
export const FIRST_MAP_WAIT_MS = 400;

/**
 * The live map for the server's first picture of it (app/page.tsx): as the feed last read it while it
 * follows the engine (the server keeps the history, so every change is read as it happens), else read
 * now. Null when the read fails or takes longer than `waitMs` (the page then shows its own loading
 * state and error, as without a picture).
 */
export async function firstMap(waitMs = FIRST_MAP_WAIT_MS): Promise<Topology | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), waitMs); });
  const read = defaultTopologyFeed().current().then((r) => r.topology, () => null);
  try {
    return await Promise.race([read, late]);
  } finally {
    clearTimeout(timer);
  }
}
