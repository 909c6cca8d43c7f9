import { describe, expect, it } from 'vitest';
import { applyMapFilter, isFiltered, parseMapFilter, toFilterQuery } from './map-filter';
import { scaleTopology, shopTopology } from './__fixtures__/synthetic-topology';

const names = (t: { containers: Array<{ name: string }> }) => t.containers.map((c) => c.name).sort();

describe('map filter in the URL', () => {
  it('round-trips through the query', () => {
    const f = { project: 'shop', network: 'backend', state: 'running' as const, flagged: true, focus: 'api', group: 'project' as const };
    expect(parseMapFilter(new URLSearchParams(toFilterQuery(f)))).toEqual(f);
  });
  it('leaves out unknown and malformed values; an empty filter is no query', () => {
    expect(parseMapFilter(new URLSearchParams('state=paused&flagged=yes&focus=&group=image&x=1'))).toEqual({});
    expect(toFilterQuery({})).toBe('');
    expect(isFiltered({})).toBe(false);
  });
  it('the grouping is kept in the URL but narrows nothing', () => {
    expect(toFilterQuery({ group: 'project' })).toBe('?group=project');
    // What is not the filter's stays (an open lab, the sample map); the filter's own keys are replaced.
    expect(toFilterQuery({ state: 'running' }, new URLSearchParams('lab=multi-tier&state=exited&network=x'))).toBe('?lab=multi-tier&state=running');
    expect(isFiltered({ group: 'project' })).toBe(false);
    const shop = shopTopology();
    expect(applyMapFilter(shop, { group: 'project' })).toBe(shop);
  });
});

describe('applyMapFilter', () => {
  const shop = shopTopology();

  it('returns an unfiltered map as it is', () => {
    expect(applyMapFilter(shop, {})).toBe(shop);
  });

  it('focus on a container: its networks and everyone on them (api: frontend + backend)', () => {
    const t = applyMapFilter(shop, { focus: 'api' });
    expect(names(t)).toEqual(['api', 'db', 'web']);
    expect(t.networks.map((n) => n.name).sort()).toEqual(['backend', 'frontend']);
    expect(t.endpoints.every((e) => t.containers.some((c) => c.id === e.containerId))).toBe(true);
  });

  it('focus on a container in another’s network stack follows the stack owner', () => {
    expect(names(applyMapFilter(shop, { focus: 'sidecar' }))).toEqual(['api', 'db', 'sidecar', 'web']);
  });

  it('focus on a network: it and its containers; a name nothing has keeps nothing', () => {
    expect(names(applyMapFilter(shop, { focus: 'backend' }))).toEqual(['api', 'db']);
    expect(applyMapFilter(shop, { focus: 'nope' }).containers).toEqual([]);
  });

  it('state, network and flagged narrow together', () => {
    expect(names(applyMapFilter(shop, { network: 'backend', state: 'running' }))).toEqual(['api']);
    expect(names(applyMapFilter(shop, { state: 'stopped' }))).toEqual(['db']);
    const db = shop.containers.find((c) => c.name === 'db')!;
    expect(names(applyMapFilter(shop, { flagged: true }, new Set([db.id])))).toEqual(['db']);
  });

  it('a compose project keeps its containers and their networks only', () => {
    const big = scaleTopology(200, 10, 5);
    const t = applyMapFilter(big, { project: 'proj3' });
    expect(t.containers.length).toBe(40);
    expect(t.containers.every((c) => c.compose?.project === 'proj3')).toBe(true);
    expect(t.networks.every((n) => n.name.startsWith('proj3_'))).toBe(true);
  });
});
