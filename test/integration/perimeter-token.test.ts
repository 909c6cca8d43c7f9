/**
 * NETATLAS_TOKEN through the production server, started as the token allows: on HOST=0.0.0.0 (only
 * loopback traffic is sent to it). Without the right token the API answers 401 and pages redirect
 * to /login; the Bearer header or the cookie POST /api/login sets (same Origin only) lets through.
 * Wrong tokens are counted per client address (each test guesses from its own 127.0.0.x, so their
 * counts stay apart). perimeter-start.test.ts has the other half of the start rules: 0.0.0.0 without
 * a token, and a token under 32 characters, are refused.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canConnect } from '../support/app-server';
import { rawRequest, type RawAnswer, type RawRequest } from '../support/raw-http';
import { withOwner } from '../support/test-engine';
import { expectRefused, expectSecurityHeaders, networkExists, useAppServer } from './support/perimeter';
import { useScenario } from './support/scenario';

// With + / = as in `openssl rand -base64` tokens: the cookie must carry them intact. 32 characters, the
// shortest start.mjs accepts.
const TOKEN = `${randomBytes(24).toString('base64url').slice(0, 29)}+/=`;
const READS = [['the topology', '/api/topology'], ['the event stream', '/api/events'], ['health', '/api/health']];

describe('NETATLAS_TOKEN through the production server on HOST=0.0.0.0', () => {
  const s = useScenario();
  // 127.0.0.40 plays a TLS-terminating reverse proxy the operator trusts (NETATLAS_TRUSTED_PROXIES).
  const app = useAppServer({ host: '0.0.0.0', port: 3242, env: { NETATLAS_TOKEN: TOKEN, NETATLAS_TRUSTED_PROXIES: '127.0.0.40' } });
  const send = (req: RawRequest) => rawRequest(app().port, req);
  const origin = () => `http://127.0.0.1:${app().port}`;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}`, Accept: 'text/html,text/event-stream,*/*' });
  const login = (headers: Record<string, string>, token = TOKEN, from?: string) =>
    send({ method: 'POST', path: '/api/login', headers: { 'Content-Type': 'application/json', ...headers }, body: { token }, from });
  /** The page answered with a redirect to /login (proxy.ts), and nothing of the page itself. */
  const expectLoginRedirect = (res: RawAnswer) => {
    expect(res.status).toBe(307);
    expect(new URL(res.headers.location ?? '', origin()).pathname).toBe('/login');
    expectSecurityHeaders(res);
    expect(res.text).not.toMatch(/<html/i);
  };

  it('starts with HOST=0.0.0.0 and a token, and listens on every interface (127.0.0.2 reaches it too)', async () => {
    expect(await canConnect(app().port, '127.0.0.2')).toBe(true);
    const res = await rawRequest(app().port, { address: '127.0.0.2', host: `127.0.0.2:${app().port}`, path: '/api/health', headers: bearer(TOKEN) });
    expect(res.status).toBe(200);
  });

  it.each(READS)('GET %s (%s) without a token -> 401 unauthorized', async (_what, path) => {
    expectRefused(await send({ path, headers: { Accept: 'text/event-stream,*/*' } }), 401, 'unauthorized');
  });

  it('GET / without a token redirects to /login, which is served without one', async () => {
    expectLoginRedirect(await send({ path: '/' }));
    const loginPage = await send({ path: '/login' });
    expect(loginPage.status).toBe(200);
    expect(loginPage.headers['content-type']).toMatch(/^text\/html/);
  });

  it('with Authorization: Bearer <token>: page, topology and event stream answer 200', async () => {
    expect((await send({ path: '/', headers: bearer(TOKEN) })).status).toBe(200);
    const topology = await send({ path: '/api/topology', headers: bearer(TOKEN) });
    expect(topology.status, topology.text.slice(0, 300)).toBe(200);
    expect(Array.isArray(topology.json.networks)).toBe(true);
    const events = await send({ path: '/api/events', headers: bearer(TOKEN) });
    expect(events.status).toBe(200);
    expect(events.headers['content-type']).toMatch(/^text\/event-stream/);
  });

  it.each([
    ['a different token', `${TOKEN}x`, '127.0.0.11'],
    ['the token minus its last character', TOKEN.slice(0, -1), '127.0.0.12'],
    ['the token URL-encoded', encodeURIComponent(TOKEN), '127.0.0.13'],
  ])('a wrong token (%s) -> 401 on the API, a redirect on the page', async (_what, wrong, from) => {
    for (const [, path] of READS) expectRefused(await send({ path, headers: bearer(wrong), from }), 401, 'unauthorized');
    expectLoginRedirect(await send({ path: '/', headers: bearer(wrong), from }));
    expectRefused(await send({ path: '/api/topology', headers: { Cookie: `netatlas_session=${encodeURIComponent(wrong)}` }, from }), 401, 'unauthorized');
  });

  it.each([
    ['x-middleware-subrequest naming the proxy (CVE-2025-29927)', '/api/topology', { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' }],
    ['x-middleware-subrequest naming middleware', '/api/topology', { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' }],
    ['dot segments from a path the proxy skips (_next/static)', '/_next/static/../../api/topology', {}],
    ['dot segments from favicon.ico', '/favicon.ico/../api/topology', {}],
    ['a percent-encoded letter', '/api/%74opology', {}],
  ])('the proxy cannot be side-stepped: %s -> 401', async (_what, path, headers: Record<string, string>) => {
    expectRefused(await send({ path, headers }), 401, 'unauthorized');
  });

  it('the Host check still comes first: a foreign Host with the right token -> 403 forbidden', async () => {
    expectRefused(await send({ path: '/api/topology', host: `evil.example:${app().port}`, headers: bearer(TOKEN) }), 403, 'forbidden');
  });

  it('a mutation without the token (same Origin, JSON) -> 401 unauthorized, nothing created', async () => {
    const name = s.name('no-token');
    const res = await send({
      method: 'POST', path: '/api/networks', headers: { 'Content-Type': 'application/json', Origin: origin() },
      body: { name, labels: withOwner(s.labels) },
    });
    expectRefused(res, 401, 'unauthorized');
    expect(await networkExists(s.docker, name)).toBe(false);
  });

  it('POST /api/login with the right token and same Origin sets an HttpOnly SameSite=Strict cookie that grants access', async () => {
    const res = await login({ Origin: origin() });
    expect(res.status, res.text.slice(0, 300)).toBe(204);
    const setCookie = res.headers['set-cookie'] ?? [];
    expect(setCookie).toHaveLength(1);
    const attributes = setCookie[0].split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/']));

    const cookie = setCookie[0].split(';')[0]; // name=value, as the browser sends it back
    expect((await send({ path: '/', headers: { Cookie: cookie } })).status).toBe(200);
    expect((await send({ path: '/api/topology', headers: { Cookie: cookie } })).status).toBe(200);
    expect((await send({ path: '/api/events', headers: { Cookie: cookie, Accept: 'text/event-stream' } })).status).toBe(200);
  });

  it('the login cookie is a session, not the token: bounded lifetime, and POST /api/logout ends it', async () => {
    const res = await login({ Origin: origin() }, TOKEN, '127.0.0.31');
    const setCookie = (res.headers['set-cookie'] ?? [])[0] ?? '';
    const cookie = setCookie.split(';')[0];
    expect(cookie.startsWith('netatlas_session=')).toBe(true);
    expect(setCookie).not.toContain(TOKEN);
    expect(setCookie).not.toContain(encodeURIComponent(TOKEN));
    expect(setCookie).toMatch(/Max-Age=\d+/);
    // The raw token as a cookie (what this server set before) grants nothing.
    expectRefused(await send({ path: '/api/topology', headers: { Cookie: `netatlas_token=${TOKEN}` }, from: '127.0.0.31' }), 401, 'unauthorized');
    expect((await send({ path: '/api/topology', headers: { Cookie: cookie }, from: '127.0.0.31' })).status).toBe(200);

    const foreign = await send({ method: 'POST', path: '/api/logout', headers: { Cookie: cookie, Origin: 'https://evil.example' }, from: '127.0.0.31' });
    expectRefused(foreign, 403, 'forbidden');
    expect((await send({ path: '/api/topology', headers: { Cookie: cookie }, from: '127.0.0.31' })).status, 'a foreign page cannot log you out').toBe(200);

    const out = await send({ method: 'POST', path: '/api/logout', headers: { Cookie: cookie, Origin: origin() }, from: '127.0.0.31' });
    expect(out.status).toBe(204);
    expect((out.headers['set-cookie'] ?? [])[0]).toMatch(/^netatlas_session=; Max-Age=0/);
    expectRefused(await send({ path: '/api/topology', headers: { Cookie: cookie }, from: '127.0.0.31' }), 401, 'unauthorized');
  });

  it('the session cookie is Secure behind a trusted proxy that says X-Forwarded-Proto: https, and only there', async () => {
    const https = { Origin: origin(), 'X-Forwarded-Proto': 'https' };
    const viaProxy = (await login(https, TOKEN, '127.0.0.40')).headers['set-cookie']?.[0] ?? '';
    expect(viaProxy).toMatch(/^netatlas_session=/);
    expect(viaProxy.split(';').map((a) => a.trim())).toContain('Secure');
    // Any other client writing the same header gets no Secure cookie: the header is believed by the peer address only.
    const direct = (await login(https, TOKEN, '127.0.0.41')).headers['set-cookie']?.[0] ?? '';
    expect(direct).toMatch(/^netatlas_session=/);
    expect(direct).not.toMatch(/;\s*Secure/i);
    const plain = (await login({ Origin: origin() }, TOKEN, '127.0.0.40')).headers['set-cookie']?.[0] ?? '';
    expect(plain).not.toMatch(/;\s*Secure/i);
  });

  it.each([
    ['a foreign Origin', { Origin: 'https://evil.example' }],
    ['no Origin', {}],
    ['an Origin on another port', { Origin: 'http://127.0.0.1:1' }],
  ])('POST /api/login with the right token from %s -> 403 forbidden, no cookie', async (_what, headers: Record<string, string>) => {
    const res = await login(headers);
    expectRefused(res, 403, 'forbidden');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('POST /api/login passes the one mutation gate: not JSON -> 415, over 16 KiB -> 413, a stray field -> 400; no cookie', async () => {
    const post = (headers: Record<string, string>, body: unknown) => send({ method: 'POST', path: '/api/login', headers: { Origin: origin(), ...headers }, body });
    const plain = await post({ 'Content-Type': 'text/plain' }, JSON.stringify({ token: TOKEN }));
    expectRefused(plain, 415, 'unsupported_media_type');
    const huge = await post({ 'Content-Type': 'application/json' }, { token: TOKEN, pad: 'x'.repeat(20_000) });
    expectRefused(huge, 413, 'payload_too_large');
    const stray = await post({ 'Content-Type': 'application/json' }, { token: TOKEN, admin: true });
    expectRefused(stray, 400, 'bad_request');
    for (const res of [plain, huge, stray]) expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('POST /api/login with a wrong token -> 401 and no cookie', async () => {
    const res = await login({ Origin: origin() }, TOKEN.slice(0, -1));
    expectRefused(res, 401, 'unauthorized');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  describe('guessing: wrong tokens are counted per client address, and the right token never waits', () => {
    const wrong = (i: number) => `${TOKEN.slice(0, -1)}${i}`;
    /** Ten wrong tokens from `from`: each one still an ordinary 401. */
    const guessTenTimes = async (from: string, headers: (i: number) => Record<string, string> = (i) => bearer(wrong(i))) => {
      for (let i = 0; i < 10; i++) expectRefused(await send({ path: '/api/health', headers: headers(i), from }), 401, 'unauthorized');
    };
    const expectTooMany = (res: RawAnswer): number => {
      expectRefused(res, 429, 'too_many_requests');
      const wait = Number(res.headers['retry-after']);
      expect(Number.isInteger(wait), `Retry-After: ${res.headers['retry-after']}`).toBe(true);
      return wait;
    };

    it('the 11th wrong Bearer token within a minute -> 429 with Retry-After; the right token still works from there', async () => {
      const from = '127.0.0.21';
      await guessTenTimes(from);
      const first = expectTooMany(await send({ path: '/api/health', headers: bearer(wrong(10)), from }));
      expect(first).toBeGreaterThanOrEqual(60);

      expect((await send({ path: '/api/topology', headers: bearer(TOKEN), from })).status).toBe(200);
      expect((await send({ path: '/', headers: bearer(TOKEN), from })).status).toBe(200);
      const loggedIn = await login({ Origin: origin() }, TOKEN, from);
      expect(loggedIn.status, loggedIn.text.slice(0, 300)).toBe(204);

      // Still blocked for wrong ones, longer with each, whichever way the token comes.
      const second = expectTooMany(await send({ path: '/api/health', headers: bearer(wrong(11)), from }));
      expect(second).toBeGreaterThan(first);
      expectTooMany(await send({ path: '/api/topology', headers: { Cookie: `netatlas_session=${encodeURIComponent(wrong(12))}` }, from }));
      expectTooMany(await send({ path: '/', headers: bearer(wrong(13)), from }));
      expectTooMany(await login({ Origin: origin() }, wrong(14), from));
      // No token at all is no guess: the usual answers.
      expectRefused(await send({ path: '/api/health', from }), 401, 'unauthorized');
      expectLoginRedirect(await send({ path: '/', from }));
    });

    it('another address is not held back by a blocked one', async () => {
      await guessTenTimes('127.0.0.22');
      expectTooMany(await send({ path: '/api/health', headers: bearer(wrong(10)), from: '127.0.0.22' }));
      expectRefused(await send({ path: '/api/health', headers: bearer(wrong(10)), from: '127.0.0.23' }), 401, 'unauthorized');
    });

    it('login and Bearer failures count together: 5 wrong logins and 5 wrong Bearer tokens, then 429 on both', async () => {
      const from = '127.0.0.24';
      for (let i = 0; i < 5; i++) expectRefused(await login({ Origin: origin() }, wrong(i), from), 401, 'unauthorized');
      for (let i = 5; i < 10; i++) expectRefused(await send({ path: '/api/health', headers: bearer(wrong(i)), from }), 401, 'unauthorized');
      expectTooMany(await login({ Origin: origin() }, wrong(10), from));
      expectTooMany(await send({ path: '/api/health', headers: bearer(wrong(11)), from }));
    });

    it('a client cannot name a new address in X-Forwarded-For to dodge the count', async () => {
      const from = '127.0.0.25';
      await guessTenTimes(from, (i) => ({ ...bearer(wrong(i)), 'X-Forwarded-For': `203.0.113.${i + 1}` }));
      expectTooMany(await send({ path: '/api/health', headers: { ...bearer(wrong(10)), 'X-Forwarded-For': '198.51.100.99' }, from }));
      // Nor pass as another, unblocked client: 127.0.0.26 has not guessed yet.
      expectTooMany(await send({ path: '/api/health', headers: { ...bearer(wrong(11)), 'X-Forwarded-For': '127.0.0.26' }, from }));
      expectRefused(await send({ path: '/api/health', headers: bearer(wrong(12)), from: '127.0.0.26' }), 401, 'unauthorized');
    });
  });
});
