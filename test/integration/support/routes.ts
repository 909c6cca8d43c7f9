/**
 * The mutation route handlers called directly, as Next.js calls them: a `Request` with the headers a
 * browser on the dashboard sends (Host, Origin, Content-Type), and the dynamic `params`. No server
 * build is needed. `pointDefaultEngineAt` makes the handlers talk to another engine (a second dockerd).
 */
import { POST as createRoute } from '@/app/api/networks/route';
import { DELETE as removeRoute } from '@/app/api/networks/[id]/route';
import { POST as connectRoute } from '@/app/api/networks/[id]/connect/route';
import { POST as disconnectRoute } from '@/app/api/networks/[id]/disconnect/route';
import { POST as pruneRoute } from '@/app/api/networks/prune/route';
import { POST as probeRoute } from '@/app/api/probe/route';
import { GET as labsRoute } from '@/app/api/labs/route';
import { POST as labSetupRoute } from '@/app/api/labs/[id]/setup/route';
import { POST as labCheckRoute } from '@/app/api/labs/[id]/check/route';
import { POST as labResetRoute } from '@/app/api/labs/[id]/reset/route';
import { resetDefaultAtlas } from '@/lib/engine/atlas/default-atlas';

export const HOST = '127.0.0.1:3000';
export const ORIGIN = `http://${HOST}`;

export interface CallOptions {
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  /** Overrides (a value of null leaves the header out). */
  headers?: Record<string, string | null>;
  method?: string;
  /** `?engine=`: which configured engine the action goes to. */
  engine?: string;
}

export interface Answer {
  status: number;
  /** Parsed JSON (any route's shape; null for 204). */
  body: any;
  headers: Headers;
}

/** The Request a same-origin fetch from the dashboard would send. */
export function apiRequest(path: string, opts: CallOptions = {}): Request {
  const base: Record<string, string | null> = { Host: HOST, Origin: ORIGIN, 'Content-Type': 'application/json' };
  const headers = Object.fromEntries(Object.entries({ ...base, ...opts.headers }).filter((e): e is [string, string] => e[1] !== null));
  const body = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  const query = opts.engine === undefined ? '' : `${path.includes('?') ? '&' : '?'}engine=${encodeURIComponent(opts.engine)}`;
  return new Request(`http://${HOST}${path}${query}`, { method: opts.method ?? 'POST', headers, body });
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

const params = (id: string) => ({ params: Promise.resolve({ id }) });

/** The five mutation endpoints and the probe (docs/api.md), each answering status and parsed JSON. */
export const api = {
  create: async (body: unknown, opts: CallOptions = {}) =>
    answer(await createRoute(apiRequest('/api/networks', { body, ...opts }))),
  remove: async (id: string, opts: CallOptions = {}) =>
    answer(await removeRoute(apiRequest(`/api/networks/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { 'Content-Type': null }, ...opts }), params(id))),
  prune: async (body: unknown = {}, opts: CallOptions = {}) =>
    answer(await pruneRoute(apiRequest('/api/networks/prune', { body, ...opts }))),
  connect: async (id: string, body: unknown, opts: CallOptions = {}) =>
    answer(await connectRoute(apiRequest(`/api/networks/${encodeURIComponent(id)}/connect`, { body, ...opts }), params(id))),
  disconnect: async (id: string, body: unknown, opts: CallOptions = {}) =>
    answer(await disconnectRoute(apiRequest(`/api/networks/${encodeURIComponent(id)}/disconnect`, { body, ...opts }), params(id))),
  /** POST /api/probe: it changes no network, but starts a helper container, so it passes the same gate. */
  probe: async (body: unknown, opts: CallOptions = {}) =>
    answer(await probeRoute(apiRequest('/api/probe', { body, ...opts }))),
  labs: async () => answer(await labsRoute()),
  /** POST /api/labs/{id}/{setup|check|reset}: behind the same gate (they start or remove containers). */
  lab: async (id: string, action: 'setup' | 'check' | 'reset', opts: CallOptions = {}) => {
    const route = { setup: labSetupRoute, check: labCheckRoute, reset: labResetRoute }[action];
    return answer(await route(apiRequest(`/api/labs/${encodeURIComponent(id)}/${action}`, { body: {}, ...opts }), params(id)));
  },
};

/**
 * Points the app's local engine (DOCKER_HOST) at `host` until the returned function restores the
 * previous one; the server's engines are read again from the configuration each time.
 */
export function pointDefaultEngineAt(host: string): () => void {
  const saved = process.env.DOCKER_HOST;
  process.env.DOCKER_HOST = host;
  resetDefaultAtlas();
  return () => {
    if (saved === undefined) delete process.env.DOCKER_HOST;
    else process.env.DOCKER_HOST = saved;
    resetDefaultAtlas();
  };
}
