/**
 * The map's history on the real engine: a snapshot taken, the engine changed, and GET
 * /api/topology?at=<the snapshot's time> answers exactly the snapshot's map; GET /api/history lists
 * the change; a time before the history is 410 `history_gone`, a malformed one 400. Route handlers
 * run in this process (the feed is the one every route shares).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as topologyRoute } from '@/app/api/topology/route';
import { GET as snapshotRoute } from '@/app/api/snapshot/route';
import { GET as historyRoute } from '@/app/api/history/route';
import { parseSnapshot, type Snapshot } from '@/lib/api/schemas/snapshot-schema';
import { resetDefaultAtlas } from '@/lib/engine/atlas/default-atlas';
import type { Topology } from '@/lib/topology/types';
import { useScenario, type Created } from './support/scenario';

const topologyAt = (query = '') => topologyRoute(new Request(`http://127.0.0.1:3000/api/topology${query}`));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('GET /api/topology?at=: the map as it was', () => {
  const s = useScenario();
  let net: Created;
  let snapshot: Snapshot;
  let late: Created;

  beforeAll(async () => {
    resetDefaultAtlas();
    net = await s.network('hist-net');
    await s.container('hist-early', { networkMode: net.name });
    const parsed = parseSnapshot(await (await snapshotRoute()).text());
    if (!parsed.ok) throw new Error(parsed.message);
    snapshot = parsed.snapshot;
    await sleep(5); // the change below is at least a few milliseconds later than the snapshot
    late = await s.container('hist-late', { networkMode: net.name });
    // The feed reads on every GET: wait until the live map shows the change.
    for (let i = 0; i < 100; i++) {
      const t = (await (await topologyAt()).json()) as Topology;
      if (t.containers.some((c) => c.id === late.id)) return;
      await sleep(100);
    }
    throw new Error('the new container never reached the map');
  });

  afterAll(() => resetDefaultAtlas());

  it('?at=<the snapshot\'s time> is the snapshot\'s map, though the engine changed since', async () => {
    const res = await topologyAt(`?at=${snapshot.takenAt}`);
    expect(res.status).toBe(200);
    const past = (await res.json()) as Topology;
    expect(past.containers.some((c) => c.id === late.id)).toBe(false);
    expect(past).toEqual(snapshot.topology);
    expect(Date.parse(res.headers.get('netatlas-map-time')!)).toBeLessThanOrEqual(Date.parse(snapshot.takenAt));
    const now = (await (await topologyAt(`?at=${new Date().toISOString()}`)).json()) as Topology;
    expect(now.containers.some((c) => c.id === late.id)).toBe(true);
  });

  it('GET /api/history lists the change after the snapshot, and what is kept', async () => {
    const res = await historyRoute();
    const body = await res.json();
    expect(res.status).toBe(200);
    const after = body.changes.filter((c: { at: string }) => Date.parse(c.at) > Date.parse(snapshot.takenAt));
    expect(after.some((c: { summary: string }) => /container/.test(c.summary))).toBe(true);
    expect(body.kept).toMatchObject({ maxChanges: 5000, maxBytes: 64 * 1024 * 1024 });
    expect(Date.parse(body.oldest)).toBeLessThanOrEqual(Date.parse(snapshot.takenAt));
  });

  it('a time before the history is 410 history_gone naming where it starts; a malformed one 400', async () => {
    const gone = await topologyAt('?at=2001-01-01T00:00:00Z');
    expect(gone.status).toBe(410);
    const body = await gone.json();
    expect(body.error.code).toBe('history_gone');
    expect(body.error.message).toMatch(/^The map of 2001-01-01T00:00:00\.000Z is no longer kept: this server's history goes back to \d{4}-.+Z\.$/);
    for (const bad of ['?at=yesterday', '?at=2026-13-01T00:00:00Z', '?at=', '?when=now']) {
      const res = await topologyAt(bad);
      expect(res.status, bad).toBe(400);
      expect((await res.json()).error.code).toBe('bad_request');
    }
  });
});
