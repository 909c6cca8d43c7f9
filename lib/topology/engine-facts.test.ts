import { describe, expect, it } from 'vitest';
import { buildTopology } from './build-topology';
import { engineFacts } from './engine-facts';
import { fixtureSnapshot } from './__fixtures__/engine-fixture';
import { engine28 } from './__fixtures__/engine-28.5-fixture';

describe('engineFacts', () => {
  it('names the engine and counts what the captured 20.10 engine had: networks, containers, running ones, endpoints', () => {
    const t = buildTopology(fixtureSnapshot());
    const facts = engineFacts(t);
    expect(facts).toMatchObject({ hosts: 1, live: 1, name: t.engine.name, serverVersion: t.engine.serverVersion, apiVersion: '1.41', host: t.engine.host });
    expect([facts.networks, facts.containers, facts.endpoints]).toEqual([t.networks.length, t.containers.length, t.endpoints.length]);
    expect(facts.running).toBe(t.containers.filter((c) => c.state === 'running').length);
    expect(facts.running).toBeLessThan(facts.containers); // the capture has stopped and exited containers
    // Plain data: it travels in the page as it is.
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
  });

  it('says which API the engine speaks and the oldest it accepts, when it said so (28.5 with DOCKER_MIN_API_VERSION)', () => {
    const t = buildTopology(engine28.snapshot());
    expect(engineFacts({ ...t, engine: { ...t.engine, engineApiVersion: '1.51', minApiVersion: '1.44' } })).toMatchObject({ apiVersion: '1.51', engineApiVersion: '1.51', minApiVersion: '1.44' });
    const unsaid = engineFacts({ ...t, engine: { ...t.engine, engineApiVersion: undefined, minApiVersion: null } });
    expect(Object.keys(unsaid)).not.toContain('engineApiVersion');
    expect(Object.keys(unsaid)).not.toContain('minApiVersion');
  });

  it('counts hosts and how many are live on a map of several engines', () => {
    const t = buildTopology(fixtureSnapshot());
    const entry = (id: string, state: 'live' | 'reconnecting') => ({ id, name: id, host: `unix:///tmp/${id}.sock`, source: 'config' as const, state, info: t.engine, stale: state !== 'live' });
    const facts = engineFacts({ ...t, engines: [entry('a', 'live'), entry('b', 'reconnecting'), entry('c', 'live')] });
    expect([facts.hosts, facts.live]).toEqual([3, 2]);
  });
});
