import { describe, expect, it, vi } from 'vitest';
import { rawContainer } from '../topology/__fixtures__/engine-fixture';
import { InspectCache, inspectSignature } from './inspect-cache';
import type { RawContainerInspect, RawContainerSummary } from '../wire/raw-types';

const summary = (id: string, over: Partial<RawContainerSummary> = {}): RawContainerSummary => ({
  Id: id,
  Names: [`/${id}`],
  Image: 'img',
  State: 'running',
  Status: 'Up',
  Labels: {},
  Ports: [],
  NetworkSettings: { Networks: { net: { NetworkID: 'n1', EndpointID: `ep-${id}`, IPAddress: '10.0.0.2' } } },
  ...over,
});
const inspected = (id: string) => ({ Id: id, Name: `/${id}` }) as RawContainerInspect;

describe('inspectSignature', () => {
  const base = summary('a');

  it('is stable for the same list entry', () => {
    expect(inspectSignature(structuredClone(base))).toBe(inspectSignature(base));
    const { summary: web } = rawContainer('web');
    expect(inspectSignature(structuredClone(web))).toBe(inspectSignature(web));
  });

  it('changes with the name, the state, an endpoint, or an address', () => {
    const sig = inspectSignature(base);
    expect(inspectSignature({ ...base, Names: ['/renamed'] })).not.toBe(sig);
    expect(inspectSignature({ ...base, State: 'exited' })).not.toBe(sig);
    expect(inspectSignature(summary('a', { NetworkSettings: { Networks: { net: { NetworkID: 'n1', EndpointID: 'ep-new', IPAddress: '10.0.0.2' } } } }))).not.toBe(sig);
    expect(inspectSignature(summary('a', { NetworkSettings: { Networks: { net: { NetworkID: 'n1', EndpointID: 'ep-a', IPAddress: '10.0.0.9' } } } }))).not.toBe(sig);
    const twoNets = summary('a');
    twoNets.NetworkSettings!.Networks!.other = { NetworkID: 'n2', EndpointID: 'ep-2', IPAddress: '10.1.0.2' };
    expect(inspectSignature(twoNets)).not.toBe(sig);
  });

  it('does not depend on the order of networks', () => {
    const ab = summary('a', { NetworkSettings: { Networks: { x: { EndpointID: '1' }, y: { EndpointID: '2' } } } });
    const ba = summary('a', { NetworkSettings: { Networks: { y: { EndpointID: '2' }, x: { EndpointID: '1' } } } });
    expect(inspectSignature(ab)).toBe(inspectSignature(ba));
  });
});

describe('InspectCache', () => {
  it('inspects each container once while its list entry is unchanged', async () => {
    const cache = new InspectCache();
    const inspect = vi.fn(async (id: string) => inspected(id));
    const list = [summary('a'), summary('b')];
    const first = await cache.getMany(list, inspect);
    expect(Object.keys(first).sort()).toEqual(['a', 'b']);
    expect(inspect).toHaveBeenCalledTimes(2);
    const second = await cache.getMany(list, inspect);
    expect(inspect).toHaveBeenCalledTimes(2);
    expect(second).toEqual(first);
    expect(cache.size).toBe(2);
  });

  it('inspects again only the container whose entry changed', async () => {
    const cache = new InspectCache();
    const inspect = vi.fn(async (id: string) => inspected(id));
    await cache.getMany([summary('a'), summary('b')], inspect);
    inspect.mockClear();
    await cache.getMany([summary('a', { State: 'exited' }), summary('b')], inspect);
    expect(inspect.mock.calls).toEqual([['a']]);
  });

  it('forgets containers that left the list, and what it is told to forget', async () => {
    const cache = new InspectCache();
    const inspect = vi.fn(async (id: string) => inspected(id));
    await cache.getMany([summary('a'), summary('b')], inspect);
    await cache.getMany([summary('a')], inspect);
    expect(cache.size).toBe(1);
    cache.invalidate('a');
    expect(cache.size).toBe(0);
    await cache.getMany([summary('a')], inspect);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('does not cache a container that vanished between list and inspect', async () => {
    const cache = new InspectCache();
    const inspect = vi.fn(async () => undefined);
    const out = await cache.getMany([summary('gone')], inspect);
    expect(out).toEqual({ gone: undefined });
    expect(cache.size).toBe(0);
    await cache.getMany([summary('gone')], inspect);
    expect(inspect).toHaveBeenCalledTimes(2);
  });

  it('runs at most `concurrency` inspects at a time', async () => {
    const cache = new InspectCache(3);
    let running = 0;
    let peak = 0;
    const inspect = async (id: string) => {
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return inspected(id);
    };
    const list = Array.from({ length: 10 }, (_, i) => summary(`c${i}`));
    const out = await cache.getMany(list, inspect);
    expect(Object.keys(out)).toHaveLength(10);
    expect(peak).toBe(3);
  });

  it('passes an inspect failure on and keeps what it had', async () => {
    const cache = new InspectCache();
    await cache.getMany([summary('a')], async (id) => inspected(id));
    await expect(cache.getMany([summary('a', { State: 'exited' })], async () => { throw new Error('engine down'); })).rejects.toThrow('engine down');
  });
});
