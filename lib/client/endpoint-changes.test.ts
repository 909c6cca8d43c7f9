import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Endpoint } from '../topology/types';
import { connect, disconnect, move, type EndpointRef } from './endpoint-changes';

const CID = 'c'.repeat(64);
const ref = (networkId: string, networkName: string): EndpointRef => ({ engineId: 'default', containerId: CID, containerName: 'web', networkId, networkName });
const app = ref('n-app', 'app');
const db = ref('n-db', 'db');

/** web on app as it was before a disconnect: both families, a priority, an alias of its own. */
const before: Endpoint = {
  networkId: 'n-app', containerId: CID, ipv4: '10.5.0.9', ipv4PrefixLen: 24, ipv6: 'fd00:5::9', ipv6PrefixLen: 64, mac: null,
  gateway: '10.5.0.1', ipv6Gateway: 'fd00:5::1', staticIpv4: null, staticIpv6: null, gwPriority: 5, defaultRoute: true, defaultRoute6: true,
  aliases: ['cache', CID.slice(0, 12)], dnsNames: [],
};

interface Sent { path: string; body: Record<string, unknown> }
let sent: Sent[];
/** Answers a connect: the engine refuses what `refuse` says, else gives what was asked (or its own picks). */
let refuse: (body: Record<string, unknown>) => boolean;

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

beforeEach(() => {
  sent = [];
  refuse = () => false;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body ?? '{}'));
    const path = new URL(url, 'http://netatlas').pathname;
    sent.push({ path, body });
    if (path.endsWith('/disconnect')) return answer(200, { changed: true });
    if (refuse(body)) return answer(400, { error: { code: 'bad_request', message: 'user specified IP address is supported only when connecting to networks with user configured subnets' } });
    const endpoint = { ipv4: body.ipv4 ?? '10.5.0.20', ipv6: body.ipv6 ?? 'fd00:5::20', gwPriority: body.gwPriority ?? 0, aliases: body.aliases ?? [] };
    return answer(200, { endpoint });
  });
});
afterEach(() => vi.unstubAllGlobals());

const connects = () => sent.filter((s) => s.path.endsWith('/connect')).map((s) => s.body);

describe('connect', () => {
  it('sends a static IPv6 and a gateway priority with the IPv4, and says both addresses', async () => {
    const outcome = await connect(app, ['cache'], { ipv4: '10.5.0.9', ipv6: 'fd00:5::9', gwPriority: 5 });
    expect(connects()).toEqual([{ container: CID, aliases: ['cache'], ipv4: '10.5.0.9', ipv6: 'fd00:5::9', gwPriority: 5 }]);
    expect(outcome.text).toBe('Connected web to app as 10.5.0.9 and fd00:5::9.');
  });

  it('sends nothing that was not asked', async () => {
    await connect(app, [], { ipv4: undefined, ipv6: undefined, gwPriority: undefined });
    expect(connects()).toEqual([{ container: CID }]);
  });
});

describe('Undo of a disconnect', () => {
  it('reconnects with the IPv4, the IPv6, the priority and the own aliases it had', async () => {
    const undo = (await disconnect(app, before)).undo!;
    const outcome = await undo.run();
    expect(connects()).toEqual([{ container: CID, aliases: ['cache'], ipv4: '10.5.0.9', ipv6: 'fd00:5::9', gwPriority: 5 }]);
    expect(outcome.text).toBe('Reconnected web to app as 10.5.0.9 and fd00:5::9.');
  });

  it('an IPv6 the engine will not fix (its own subnet): the IPv4 alone, still with the priority', async () => {
    refuse = (b) => b.ipv6 !== undefined;
    const outcome = await (await disconnect(app, before)).undo!.run();
    expect(connects().map((b) => [b.ipv4, b.ipv6, b.gwPriority])).toEqual([['10.5.0.9', 'fd00:5::9', 5], ['10.5.0.9', undefined, 5]]);
    expect(outcome.text).toBe('Reconnected web to app as 10.5.0.9 and fd00:5::20 (it had 10.5.0.9 and fd00:5::9 before).');
  });

  it('no fixed address at all: whatever the engine gives, said so; the priority kept', async () => {
    refuse = (b) => b.ipv4 !== undefined || b.ipv6 !== undefined;
    const outcome = await (await disconnect(app, before)).undo!.run();
    expect(connects()).toHaveLength(3);
    expect(connects()[2]).toEqual({ container: CID, aliases: ['cache'], gwPriority: 5 });
    expect(outcome.text).toBe('Reconnected web to app as 10.5.0.20 and fd00:5::20 (it had 10.5.0.9 and fd00:5::9 before).');
  });

  it('a priority of 0 (the default, and all an older engine reports) is not sent', async () => {
    await (await disconnect(app, { ...before, ipv6: null, gwPriority: 0 })).undo!.run();
    expect(connects()).toEqual([{ container: CID, aliases: ['cache'], ipv4: '10.5.0.9' }]);
  });

  it('a refusal that is not about the address is not retried', async () => {
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      sent.push({ path: new URL(url, 'http://netatlas').pathname, body: JSON.parse(String(init.body ?? '{}')) });
      return url.includes('/disconnect') ? answer(200, { changed: true }) : answer(404, { error: { code: 'not_found', message: 'No container web.' } });
    });
    await expect((await disconnect(app, before)).undo!.run()).rejects.toThrow('No container web.');
    expect(connects()).toHaveLength(1);
  });
});

describe('move', () => {
  it('joins with the new addresses first, then leaves; Undo rejoins the old network with its IPv6 and priority', async () => {
    const outcome = await move(db, app, before, [], { ipv6: 'fd00:6::3', gwPriority: 10 });
    expect(outcome.text).toBe('Moved web from app to db as 10.5.0.20 and fd00:6::3.');
    expect(sent.map((s) => s.path)).toEqual(['/api/networks/n-db/connect', '/api/networks/n-app/disconnect']);
    sent = [];
    await outcome.undo!.run();
    expect(sent.map((s) => s.path)).toEqual(['/api/networks/n-app/connect', '/api/networks/n-db/disconnect']);
    expect(connects()).toEqual([{ container: CID, aliases: ['cache'], ipv4: '10.5.0.9', ipv6: 'fd00:5::9', gwPriority: 5 }]);
  });
});
