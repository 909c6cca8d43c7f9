/**
 * Prune through the API route, on a second engine this file starts itself (own network namespace,
 * see test/support/second-engine.ts): prune removes every unused network of an engine, so on the
 * shared engine it could take networks other people and tests own. Here it can only take ours.
 * Networks in use (by a running or a stopped container) and built-in networks stay.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SecondEngine, secondEngineUnsupported } from '../support/second-engine';
import { LOCAL_ONLY_DNS, TEST_IMAGE, TEST_LABEL, createContainer, newRunId, withOwner } from '../support/test-engine';
import { api, pointDefaultEngineAt } from './support/routes';

const unsupported = secondEngineUnsupported();
if (unsupported) console.warn(`[actions-prune] SKIPPED: ${unsupported}. Prune is only tested on a second engine of its own.`);

describe.skipIf(Boolean(unsupported))(`prune on a second engine${unsupported ? ` (skipped: ${unsupported})` : ''}`, () => {
  const runId = newRunId();
  const h2 = new SecondEngine({ id: runId.slice(-8), pool: '10.204.0.0/16' });
  const labels = withOwner({ [TEST_LABEL]: runId });
  const name = (short: string) => `nt-${runId}-${short}`;
  let restore = () => {};

  beforeAll(async () => {
    await SecondEngine.removeStale();
    try {
      await h2.start();
      await h2.loadImage(TEST_IMAGE);
    } catch (err) {
      await h2.destroy();
      throw err;
    }
    restore = pointDefaultEngineAt(h2.host);
  }, 120_000);

  afterAll(async () => {
    restore();
    await h2.destroy();
  }, 120_000);

  it('removes exactly the unused user-defined networks and returns their names', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    for (const [i, short] of ['running', 'stopped', 'unused-1', 'unused-2'].entries()) {
      const res = await api.create({ name: name(short), subnet: `10.205.${i}.0/24`, labels });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    await createContainer(h2.docker, { name: name('r'), networkMode: name('running'), dns: LOCAL_ONLY_DNS, stopTimeout: 1 }, labels);
    await createContainer(h2.docker, { name: name('s'), networkMode: name('stopped'), start: false }, labels);

    const res = await api.prune();
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ removed: [name('unused-1'), name('unused-2')] });

    const left = (await h2.docker.listNetworks()).map((n) => n.Name).sort();
    expect(left).toEqual(['bridge', 'host', name('running'), name('stopped'), 'none'].sort());
  });

  it('a second prune finds nothing, and an empty body is accepted', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await api.prune('')).toMatchObject({ status: 200, body: { removed: [] } });
  });
});
