/**
 * Helpers for the perimeter suites (perimeter-*.test.ts), which talk to the production server
 * (scripts/start.mjs -> next start) so that proxy.ts and the routes are tested together.
 */
import type Docker from 'dockerode';
import { afterAll, beforeAll, expect } from 'vitest';
import { startAppServer, type AppServer, type StartOptions } from '../../support/app-server';
import type { RawAnswer } from '../../support/raw-http';

/**
 * The environment every perimeter server starts from: none of the perimeter's settings leak in from
 * the shell that runs the tests. Each suite adds what it tests.
 */
export const CLEAN_PERIMETER_ENV: Record<string, string | undefined> = {
  NETATLAS_TOKEN: undefined,
  NETATLAS_READ_ONLY: undefined,
  NETATLAS_ALLOWED_HOSTS: undefined,
  NETATLAS_SNAPSHOT: undefined,
  NETATLAS_HISTORY_CHANGES: undefined,
  NETATLAS_HISTORY_MB: undefined,
};

/**
 * The production server for one test file: started in beforeAll (building first only when the build
 * is stale), stopped in afterAll whatever happened, including a start still in progress when the
 * hook gave up.
 */
export function useAppServer(opts: StartOptions & { port?: number }): () => AppServer {
  const abort = new AbortController();
  let starting: Promise<AppServer> | undefined;
  let server: AppServer | undefined;
  beforeAll(async () => {
    starting = startAppServer({ ...opts, env: { ...CLEAN_PERIMETER_ENV, ...opts.env }, signal: abort.signal });
    server = await starting;
  }, 360_000);
  afterAll(async () => {
    abort.abort(); // a start still waiting stops its child and rejects
    await starting?.catch(() => undefined);
    await server?.stop();
  }, 30_000);
  return () => {
    if (!server) throw new Error('the app server did not start (see beforeAll)');
    return server;
  };
}

/** Headers a CORS-aware browser would act on: there must be none. */
export function corsHeaders(res: RawAnswer): string[] {
  return Object.keys(res.headers).filter((h) => h.startsWith('access-control-'));
}

/** The headers README's security model puts on every answer, and docs/api.md's "never cached". */
export function expectSecurityHeaders(res: RawAnswer): void {
  expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['cache-control']).toMatch(/\bno-store\b/);
}

/**
 * The answer is the API's error shape with this status and code, with the security headers, never
 * cached, and without CORS headers.
 */
export function expectRefused(res: RawAnswer, status: number, code: string): void {
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  expect(res.json?.error?.code, res.text.slice(0, 300)).toBe(code);
  expect(typeof res.json.error.message).toBe('string');
  expect(corsHeaders(res)).toEqual([]);
  expectSecurityHeaders(res);
}

/** Whether the engine has a network named exactly `name` (the engine's name filter also matches substrings). */
export async function networkExists(docker: Docker, name: string): Promise<boolean> {
  const found = await docker.listNetworks({ filters: JSON.stringify({ name: [name] }) });
  return found.some((n) => n.Name === name);
}

/** Names of the networks a container is attached to, as the engine says. */
export async function networksOf(docker: Docker, container: string): Promise<string[]> {
  const info = await docker.getContainer(container).inspect();
  return Object.keys(info.NetworkSettings.Networks ?? {}).sort();
}
