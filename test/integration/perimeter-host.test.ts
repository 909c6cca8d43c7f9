/**
 * The perimeter through the production server (proxy.ts and the routes together): the Host check
 * that stops DNS rebinding on every kind of route, and the gate in front of a mutation (Origin,
 * Content-Type), each refusal with its status and code, and nothing created on the engine.
 * actions-bad-input.test.ts covers the same gate on the handlers alone.
 */
import { describe, expect, it } from 'vitest';
import { rawRequest, type RawRequest } from '../support/raw-http';
import { freeSubnet, withOwner } from '../support/test-engine';
import { corsHeaders, expectRefused, expectSecurityHeaders, networkExists, useAppServer } from './support/perimeter';
import { useScenario } from './support/scenario';

const ALLOWED_NAME = 'atlas.perimeter.test';

describe('perimeter through the production server: Host check and mutation gate', () => {
  const s = useScenario();
  const app = useAppServer({ port: 3240, env: { NETATLAS_ALLOWED_HOSTS: `other.example, ${ALLOWED_NAME}` } });
  const send = (req: RawRequest) => rawRequest(app().port, req);
  const origin = () => `http://127.0.0.1:${app().port}`;
  /** A valid create body for a test network (labelled, so a run's cleanup finds it whatever happens). */
  const createBody = (short: string, extra: object = {}) => ({ name: s.name(short), labels: withOwner(s.labels), ...extra });
  const json = { 'Content-Type': 'application/json' };

  describe('a foreign Host is refused on every route (DNS rebinding)', () => {
    const reads = [
      ['the page', '/'], ['the topology', '/api/topology'], ['the event stream', '/api/events'], ['health', '/api/health'],
      ['the image optimizer', '/_next/image?url=%2Ffavicon.ico&w=64&q=75'],
    ];
    const foreignHosts = (port: number) => [
      'evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`,
      // Loopback look-alikes a lax parser takes for localhost: text after the bracket, userinfo, a non-numeric port.
      '[::1]evil.example', `localhost:${port}@evil.example`, 'localhost:x',
    ];

    it.each(reads)('GET %s (%s) -> 403 forbidden, whatever the port in Host', async (_what, path) => {
      for (const host of foreignHosts(app().port)) {
        const res = await send({ path, host, headers: { Accept: 'text/html,text/event-stream,*/*' } });
        expectRefused(res, 403, 'forbidden');
        expect(res.json.error.message).toMatch(/NETATLAS_ALLOWED_HOSTS/);
      }
    });

    it('POST /api/networks from the rebound page itself (Host and Origin agree) -> 403, nothing created', async () => {
      const host = `evil.example:${app().port}`;
      const body = createBody('rebound');
      const res = await send({ method: 'POST', path: '/api/networks', host, headers: { ...json, Origin: `http://${host}` }, body });
      expectRefused(res, 403, 'forbidden');
      expect(await networkExists(s.docker, body.name)).toBe(false);
    });
  });

  describe('allowed hosts are served', () => {
    it.each(['127.0.0.1', 'localhost', ALLOWED_NAME])('Host %s:<port>: page, topology and event stream answer 200', async (name) => {
      const host = `${name}:${app().port}`;
      const page = await send({ path: '/', host });
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      const topology = await send({ path: '/api/topology', host });
      expect(topology.status, topology.text.slice(0, 300)).toBe(200);
      expect(Array.isArray(topology.json.networks)).toBe(true);
      const events = await send({ path: '/api/events', host, headers: { Accept: 'text/event-stream' } });
      expect(events.status).toBe(200);
      expect(events.headers['content-type']).toMatch(/^text\/event-stream/);
    });
  });

  it('the security headers are on the page, the API and the event stream, and API answers are never cached', async () => {
    const answers = [
      await send({ path: '/' }),
      await send({ path: '/api/topology' }),
      await send({ path: '/api/events', headers: { Accept: 'text/event-stream' } }),
    ];
    for (const res of answers) {
      expect(res.status).toBe(200);
      expectSecurityHeaders(res);
      expect(corsHeaders(res)).toEqual([]);
    }
  });

  describe('POST /api/networks: the mutation gate', () => {
    it('foreign Origin -> 403 forbidden, nothing created', async () => {
      const body = createBody('foreign');
      expectRefused(await send({ method: 'POST', path: '/api/networks', headers: { ...json, Origin: 'https://evil.example' }, body }), 403, 'forbidden');
      expect(await networkExists(s.docker, body.name)).toBe(false);
    });

    it('missing Origin -> 403 forbidden, nothing created', async () => {
      const body = createBody('no-origin');
      expectRefused(await send({ method: 'POST', path: '/api/networks', headers: json, body }), 403, 'forbidden');
      expect(await networkExists(s.docker, body.name)).toBe(false);
    });

    it('an Origin of another allowed name than the Host it came in on -> 403 forbidden, nothing created', async () => {
      const body = createBody('cross-name');
      const res = await send({ method: 'POST', path: '/api/networks', host: `localhost:${app().port}`, headers: { ...json, Origin: origin() }, body });
      expectRefused(res, 403, 'forbidden');
      expect(await networkExists(s.docker, body.name)).toBe(false);
    });

    it('Content-Type: text/plain (what a cross-site form can send) -> 415, nothing created', async () => {
      const body = createBody('text-plain');
      const res = await send({ method: 'POST', path: '/api/networks', headers: { 'Content-Type': 'text/plain', Origin: origin() }, body });
      expectRefused(res, 415, 'unsupported_media_type');
      expect(await networkExists(s.docker, body.name)).toBe(false);
    });

    it('a CORS preflight from a foreign origin gets no Access-Control-Allow-* headers', async () => {
      const res = await send({
        method: 'OPTIONS', path: '/api/networks',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
      expect(res.status).toBeLessThan(500);
      expect(corsHeaders(res)).toEqual([]);
    });

    it('same Origin + JSON -> 201 with the network, no CORS headers; then DELETE -> 204 and it is gone', async () => {
      const subnet = await freeSubnet(s.docker, '10.236');
      const body = createBody('created', { subnet });
      const res = await send({ method: 'POST', path: '/api/networks', headers: { ...json, Origin: origin() }, body });
      expect(res.status, res.text.slice(0, 300)).toBe(201);
      expect(res.json).toMatchObject({ name: body.name, subnets: [{ subnet }] });
      expect(corsHeaders(res)).toEqual([]);
      expect(await networkExists(s.docker, body.name)).toBe(true);

      const removed = await send({ method: 'DELETE', path: `/api/networks/${res.json.id}`, headers: { Origin: origin() } });
      expect(removed.status, removed.text.slice(0, 300)).toBe(204);
      expect(corsHeaders(removed)).toEqual([]);
      expect(await networkExists(s.docker, body.name)).toBe(false);
    });
  });
});
