/**
 * NETATLAS_READ_ONLY=1 through the production server: every mutation route answers 403 `read_only`
 * to a request that is otherwise correct (same Origin, JSON), the engine is left as it was, and
 * reads still work.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, type RawAnswer, type RawRequest } from '../support/raw-http';
import { withOwner } from '../support/test-engine';
import { expectRefused, networkExists, networksOf, useAppServer } from './support/perimeter';
import { useScenario, type Created } from './support/scenario';

describe('NETATLAS_READ_ONLY=1 through the production server', () => {
  const s = useScenario();
  const app = useAppServer({ port: 3241, env: { NETATLAS_READ_ONLY: '1' } });
  let attached: Created; // ro-c sits on it
  let spare: Created; // no container: removable, prunable, connectable
  let c: Created;

  beforeAll(async () => {
    attached = await s.network('ro-attached');
    spare = await s.network('ro-spare');
    c = await s.container('ro-c', { networkMode: attached.name });
  });

  /** A mutation as the dashboard sends it: same Origin, JSON. */
  const mutate = (method: string, path: string, body?: unknown): Promise<RawAnswer> => {
    const req: RawRequest = { method, path, headers: { Origin: `http://127.0.0.1:${app().port}` }, body };
    if (body !== undefined) req.headers!['Content-Type'] = 'application/json';
    return rawRequest(app().port, req);
  };

  it('POST /api/networks -> 403 read_only, no network created', async () => {
    const name = s.name('ro-new');
    expectRefused(await mutate('POST', '/api/networks', { name, labels: withOwner(s.labels) }), 403, 'read_only');
    expect(await networkExists(s.docker, name)).toBe(false);
  });

  it('DELETE /api/networks/{id} -> 403 read_only, by name and by id; the network stays', async () => {
    expectRefused(await mutate('DELETE', `/api/networks/${spare.name}`), 403, 'read_only');
    expectRefused(await mutate('DELETE', `/api/networks/${spare.id}`), 403, 'read_only');
    expect(await networkExists(s.docker, spare.name)).toBe(true);
  });

  it('POST connect -> 403 read_only, the container is not connected', async () => {
    expectRefused(await mutate('POST', `/api/networks/${spare.name}/connect`, { container: c.name, aliases: ['ro'] }), 403, 'read_only');
    expect(await networksOf(s.docker, c.name)).toEqual([attached.name]);
  });

  it('POST disconnect -> 403 read_only, the container stays connected', async () => {
    expectRefused(await mutate('POST', `/api/networks/${attached.name}/disconnect`, { container: c.name, force: true }), 403, 'read_only');
    expect(await networksOf(s.docker, c.name)).toEqual([attached.name]);
  });

  it('POST prune -> 403 read_only, the unused network stays', async () => {
    // A prune that got through would remove every unused network of this shared engine, other
    // people's too (actions-prune.test.ts runs on an engine of its own for that reason). So this one
    // carries a field the schema refuses: read-only mode is checked first and must still answer
    // read_only; should that check ever be missing, the request ends as a 400 and prunes nothing.
    expectRefused(await mutate('POST', '/api/networks/prune', { dangling: true }), 403, 'read_only');
    expect(await networkExists(s.docker, spare.name)).toBe(true);
  });

  it('reads still work: page, topology (with this test’s container on its network), event stream, health', async () => {
    const port = app().port;
    expect((await rawRequest(port, { path: '/' })).status).toBe(200);
    const topology = await rawRequest(port, { path: '/api/topology' });
    expect(topology.status, topology.text.slice(0, 300)).toBe(200);
    expect(topology.json.endpoints).toContainEqual(expect.objectContaining({ containerId: c.id, networkId: attached.id }));
    const events = await rawRequest(port, { path: '/api/events', headers: { Accept: 'text/event-stream' } });
    expect(events.status).toBe(200);
    expect(events.headers['content-type']).toMatch(/^text\/event-stream/);
    expect((await rawRequest(port, { path: '/api/health' })).status).toBe(200);
  });

  it('the page offers no action: it says read-only, and has no create, prune, connect or probe controls', async () => {
    const page = await rawRequest(app().port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('data-testid="read-only-badge"');
    for (const control of ['create-network-button', 'prune-button']) expect(page.text).not.toContain(`data-testid="${control}"`);
  });
});
