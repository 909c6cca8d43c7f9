/**
 * The read-only analysis routes (GET /api/ports, GET /api/diagnostics) called as Next.js calls them,
 * against the default engine (DOCKER_HOST). They read the topology through the server's shared
 * watcher; `until` polls a route because that watcher answers from memory until the engine's event
 * for a change arrives (a few ms after the change), and `stopWatcher` ends its subscription.
 */
import { GET as diagnosticsRoute } from '@/app/api/diagnostics/route';
import { GET as portsRoute } from '@/app/api/ports/route';
import { defaultAtlas } from '@/lib/engine/atlas/default-atlas';
import { apiRequest, type Answer } from './routes';

async function answer(response: Response): Promise<Answer & { text: string }> {
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers, text };
}

export const analysis = {
  ports: async (query = '') => answer(await portsRoute(apiRequest(`/api/ports${query}`, { method: 'GET', headers: { 'Content-Type': null, Origin: null } }))),
  diagnostics: async () => answer(await diagnosticsRoute()),
};

/** Calls `read` until `done` holds for its answer (or 5 s pass), and returns the last answer. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function stopWatcher(): void {
  defaultAtlas().stop();
}
