/**
 * No side door: a server started without scripts/start.mjs (`next start -H 0.0.0.0`, as someone would
 * run it by hand or in a container) and without NETATLAS_TOKEN answers only loopback peers, whatever a
 * request's Host or X-Forwarded-For say. Proven from another machine: the server runs in a network
 * namespace of the test's own, joined to this one by a veth pair, and the requests come from outside it.
 * With a token, the same server answers outsiders who bring it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, type RawRequest } from '../support/raw-http';
import { freeHostPort } from '../support/test-engine';
import { vethNamespace, type VethNamespace } from '../support/veth-namespace';
import { expectRefused } from './support/perimeter';

const ROOT = path.resolve(__dirname, '..', '..');
const suffix = crypto.randomBytes(3).toString('hex');
const NS = `nt-peer-${suffix}`;
const HOST_IF = `np${suffix}h`;
const NS_IF = `np${suffix}n`;
// A /30 of TEST-NET-1 between this machine and the server's namespace: never routed anywhere else.
const HOST_IP = '192.0.2.21';
const NS_IP = '192.0.2.22';
const TOKEN = crypto.randomBytes(24).toString('hex');

let ns: VethNamespace | null = null;
const inNs = (args: string[]) => ns!.run(args);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `next start -H 0.0.0.0` in the namespace, exactly as a user would run it, without start.mjs or its preload. */
async function nextStartInNs(port: number, token: string | undefined): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, NETATLAS_ALLOWED_HOSTS: '', NETATLAS_READ_ONLY: '' };
  delete env.NETATLAS_TOKEN;
  delete env.NODE_OPTIONS;
  if (token) env.NETATLAS_TOKEN = token;
  const child = spawn('nsenter', [`--net=/run/netns/${NS}`, path.join(ROOT, 'node_modules', '.bin', 'next'), 'start', '-H', '0.0.0.0', '-p', String(port)],
    { cwd: ROOT, env, stdio: 'ignore' });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await rawRequest(port, { address: NS_IP, path: '/api/health' }).catch(() => null);
    if (answer) return child;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`next start in ${NS} did not answer on ${NS_IP}:${port}`);
    await sleep(200);
  }
}

describe('without a token, only loopback peers, however the server was started', () => {
  const servers: ChildProcess[] = [];
  let open: number, locked: number;

  beforeAll(async () => {
    ns = vethNamespace({ name: NS, hostIf: HOST_IF, nsIf: NS_IF, hostIp: HOST_IP, nsIp: NS_IP });
    open = await freeHostPort();
    servers.push(await nextStartInNs(open, undefined));
    locked = await freeHostPort();
    servers.push(await nextStartInNs(locked, TOKEN));
  }, 150_000);

  afterAll(async () => {
    for (const child of servers) child.kill('SIGTERM');
    await sleep(500);
    for (const child of servers) if (child.exitCode === null) child.kill('SIGKILL');
    ns?.remove();
  });

  const fromOutside = (port: number, req: RawRequest) => rawRequest(port, { address: NS_IP, ...req });

  it.each([
    ['the page', '/'],
    ['the topology', '/api/topology'],
    ['the event stream', '/api/events'],
    ['the login page', '/login'],
  ])('%s: 403 to a peer outside, though it says Host: localhost and X-Forwarded-For: 127.0.0.1', async (_what, p) => {
    const res = await fromOutside(open, { path: p, host: 'localhost', headers: { 'X-Forwarded-For': '127.0.0.1', 'X-Real-IP': '127.0.0.1' } });
    expectRefused(res, 403, 'forbidden');
    expect(res.json.error.message).toContain(HOST_IP);
    expect(res.json.error.message).toContain('NETATLAS_TOKEN');
  });

  it('a stamp header written by the client passes for nothing', async () => {
    const res = await fromOutside(open, { path: '/api/topology', host: 'localhost', headers: { 'X-Netatlas-Peer': '127.0.0.1' } });
    expectRefused(res, 403, 'forbidden');
  });

  it('a mutation from outside is refused before it reaches the engine', async () => {
    const res = await fromOutside(open, { method: 'POST', path: '/api/networks', host: `localhost:${open}`,
      headers: { 'Content-Type': 'application/json', Origin: `http://localhost:${open}` }, body: { name: `netatlas-test-never-${suffix}` } });
    expectRefused(res, 403, 'forbidden');
  });

  it('a loopback peer in the same namespace is answered', () => {
    const script = `require('http').get({host:'127.0.0.1',port:${open},path:'/api/health'},r=>{process.stdout.write(String(r.statusCode));r.resume()})`;
    expect(inNs([process.execPath, '-e', script])).toBe('200');
  });

  it('a loopback peer that forwards for an outsider (a reverse proxy on the same host) is refused', () => {
    const script = `require('http').get({host:'127.0.0.1',port:${open},path:'/api/health',headers:{'x-forwarded-for':'203.0.113.7'}},r=>{process.stdout.write(String(r.statusCode));r.resume()})`;
    expect(inNs([process.execPath, '-e', script])).toBe('403');
  });

  it('with NETATLAS_TOKEN, the same kind of server answers an outsider who brings the token, and refuses one who does not', async () => {
    const withToken = await fromOutside(locked, { path: '/api/health', host: 'localhost', headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(withToken.status, withToken.text.slice(0, 300)).toBe(200);
    expectRefused(await fromOutside(locked, { path: '/api/health', host: 'localhost', headers: { 'X-Forwarded-For': '127.0.0.1' } }), 401, 'unauthorized');
  });
});
