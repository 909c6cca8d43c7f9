/**
 * Bad input changes nothing: random JSON, random strings and random headers thrown at every mutation
 * route of the production server are answered 4xx, and not one request reaches the engine. The server's
 * DOCKER_HOST is a counting socket in front of the real engine (test/support/counting-engine.ts), so an
 * engine call made by mistake is seen, whatever it is. Every generated request is invalid for a reason
 * the test knows (foreign or missing Origin, not JSON, a body or path parameter its schema refuses);
 * the few valid ones fast-check happens to make are skipped. New mutation routes must be added to ROUTES.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNetworkBody } from '@/lib/api/schemas/create-network-body';
import { connectBody, disconnectBody, pruneBody } from '@/lib/api/schemas/endpoint-bodies';
import { probeBody } from '@/lib/api/schemas/probe-body';
import { labActionBody, labId } from '@/lib/api/schemas/lab-id';
import { networkRef } from '@/lib/api/schemas/refs';
import { startAppServer, type AppServer } from '../support/app-server';
import { countingEngine, type CountingEngine } from '../support/counting-engine';
import { rawRequest } from '../support/raw-http';
import { CLEAN_PERIMETER_ENV } from './support/perimeter';

interface RouteSpec {
  method: string;
  /** Path with `[id]` where the network reference goes. */
  path: string;
  /** The body's schema; null: the route reads no body. */
  body: z.ZodType | null;
  /** Refused whatever the request (login without a configured token is 404). */
  alwaysRefused?: boolean;
  /** The schema of `[id]`; a network reference unless said. */
  id?: z.ZodType;
}

const ROUTES: RouteSpec[] = [
  { method: 'POST', path: '/api/networks', body: createNetworkBody },
  { method: 'DELETE', path: '/api/networks/[id]', body: null },
  { method: 'POST', path: '/api/networks/[id]/connect', body: connectBody },
  { method: 'POST', path: '/api/networks/[id]/disconnect', body: disconnectBody },
  { method: 'POST', path: '/api/networks/prune', body: pruneBody },
  { method: 'POST', path: '/api/probe', body: probeBody },
  { method: 'POST', path: '/api/labs/[id]/setup', body: labActionBody, id: labId },
  { method: 'POST', path: '/api/labs/[id]/check', body: labActionBody, id: labId },
  { method: 'POST', path: '/api/labs/[id]/reset', body: labActionBody, id: labId },
  { method: 'POST', path: '/api/login', body: null, alwaysRefused: true },
  { method: 'POST', path: '/api/logout', body: null },
];

/** Every method other than GET that a route file under app/api exports, as `METHOD /path/[param]`. */
function mutationRoutesInApp(): string[] {
  const root = path.resolve(__dirname, '..', '..', 'app');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === 'route.ts') {
        const methods = [...fs.readFileSync(full, 'utf8').matchAll(/export (?:async )?function (POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
        for (const m of methods) found.push(`${m} /${path.relative(root, dir)}`);
      }
    }
  };
  walk(path.join(root, 'api'));
  return found.sort();
}

const HEADER_NAME = fc.stringMatching(/^x-[a-z0-9-]{1,20}$/);
const HEADER_VALUE = fc.stringMatching(/^[\x20-\x7e]{0,60}$/).map((s) => s.trim());

describe('random input at every mutation route: 4xx, and the engine never hears of it', () => {
  let engine: CountingEngine;
  let app: AppServer;
  const origin = () => `http://127.0.0.1:${app.port}`;

  beforeAll(async () => {
    engine = await countingEngine();
    // No history: it follows the engine from the server's start (its reconciliation reads every 30 s),
    // and this counter must hear only what a request makes the server ask.
    app = await startAppServer({ port: 3251, env: { ...CLEAN_PERIMETER_ENV, DOCKER_HOST: engine.host, NETATLAS_CONFIG: '', DOCKER_CONTEXT: '', NETATLAS_HISTORY_CHANGES: '0' } });
  }, 360_000);
  afterAll(async () => {
    await app?.stop();
    await engine?.close();
  }, 30_000);

  it('the table covers every mutation route the app has', () => {
    expect(ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual(mutationRoutesInApp());
  });

  it.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', async (_name, route) => {
    const request = fc.record({
      // Not empty, '.' or '..': those make another path (Next redirects or resolves it), not a bad reference.
      id: fc.oneof(fc.constantFrom('netatlas-test-fuzz', 'bridge', 'a'.repeat(64), 'multi-tier', 'ping-by-name'), fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s !== '.' && s !== '..')),
      origin: fc.oneof(fc.constant('self'), fc.constant(null), fc.constantFrom('http://evil.example', 'null', 'http://127.0.0.1:1'), HEADER_VALUE),
      contentType: fc.oneof(fc.constant('application/json'), fc.constant(null), fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-8'), HEADER_VALUE),
      body: fc.oneof(fc.json(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.string({ maxLength: 200 }), fc.constant('')),
      headers: fc.dictionary(HEADER_NAME, HEADER_VALUE, { maxKeys: 4 }),
      query: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const idOk = (route.id ?? networkRef).safeParse(r.id).success;
        const originOk = r.origin === 'self';
        const jsonType = (r.contentType ?? '').split(';')[0].trim().toLowerCase() === 'application/json';
        let bodyOk = route.body === null;
        if (route.body && jsonType) {
          try {
            bodyOk = route.body.safeParse(r.body.trim() === '' ? undefined : JSON.parse(r.body)).success;
          } catch {
            bodyOk = false;
          }
        }
        // A random ?engine= may or may not name the configured engine: it never makes a request valid or invalid here.
        const valid = !route.alwaysRefused && originOk && bodyOk && (!route.path.includes('[id]') || idOk);
        fc.pre(!valid || route.path === '/api/logout'); // logout is valid with any body: only its engine calls are checked

        const before = engine.requests();
        const headers: Record<string, string> = { ...r.headers };
        if (r.origin !== null) headers.Origin = originOk ? origin() : r.origin;
        if (r.contentType !== null) headers['Content-Type'] = r.contentType;
        const query = r.query === undefined ? '' : `?engine=${encodeURIComponent(r.query)}`;
        const res = await rawRequest(app.port, { method: route.method, path: route.path.replace('[id]', encodeURIComponent(r.id)) + query, headers, body: r.body });
        expect(engine.requests() - before, `engine calls for ${res.status} ${res.text.slice(0, 200)}`).toBe(0);
        if (!valid) {
          expect(res.status, res.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
          expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
          expect(typeof res.json?.error?.message).toBe('string');
        }
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('the counter does see engine calls (a read goes through it)', async () => {
    const before = engine.requests();
    const res = await rawRequest(app.port, { path: '/api/topology' });
    expect(res.status).toBe(200);
    expect(engine.requests()).toBeGreaterThan(before);
  });
});
