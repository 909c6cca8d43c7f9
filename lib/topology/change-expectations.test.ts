import { describe, expect, it } from 'vitest';
import type { EngineChange } from './engine-change';
import { listsShow, toChangeExpectations } from './change-expectations';
import { fixtureSnapshot, idOf } from './__fixtures__/engine-fixture';
import type { RawContainerSummary } from '../wire/raw-types';

// The captured Engine 20.10 lists, and changes as the watcher reduces the engine's events.
const snap = fixtureSnapshot();
const entry = (id: string) => structuredClone(snap.containers.find((c) => c.Id === id)!);
const api = idOf('api');
const appNet = idOf('app-net');
const backNet = idOf('back-net');
const at = 1_795_840_272_000;
const net = (action: string, containerId: string | null, networkId: string): EngineChange => ({ kind: 'network', action, time: at, networkId, networkName: null, containerId });
const ctr = (action: string, containerId: string, containerName: string | null = null): EngineChange => ({ kind: 'container', action, time: at, containerId, containerName });
/** api's entry without its endpoint on `networkId`, as the list shows it before a connect lands. */
function without(s: RawContainerSummary, networkId: string): RawContainerSummary {
  const networks = Object.fromEntries(Object.entries(s.NetworkSettings?.Networks ?? {}).filter(([, n]) => n.NetworkID !== networkId));
  return { ...s, NetworkSettings: { Networks: networks } };
}

describe('toChangeExpectations / listsShow', () => {
  it('a connect is shown once the container’s entry lists the network, not before', () => {
    expect(Object.values(entry(api).NetworkSettings!.Networks!).map((n) => n.NetworkID)).toContain(backNet);
    const e = toChangeExpectations([net('connect', api, backNet)]);
    expect([...e.containers]).toEqual([api]);
    expect(listsShow(e, [entry(api)], snap.networks)).toBe(true);
    expect(listsShow(e, [without(entry(api), backNet)], snap.networks)).toBe(false);
  });

  it('a disconnect then a connect of the same pair: the last word counts', () => {
    const e = toChangeExpectations([net('disconnect', api, backNet), net('connect', api, backNet)]);
    expect(listsShow(e, [entry(api)], snap.networks)).toBe(true);
    const back = toChangeExpectations([net('connect', api, backNet), net('disconnect', api, backNet)]);
    expect(listsShow(back, [entry(api)], snap.networks)).toBe(false);
    expect(listsShow(back, [without(entry(api), backNet)], snap.networks)).toBe(true);
  });

  it('a stop: the state says it, whatever networks the stopped entry still names', () => {
    const stopped = { ...entry(api), State: 'exited' };
    const e = toChangeExpectations([ctr('die', api), net('disconnect', api, appNet), net('disconnect', api, backNet)]);
    expect(listsShow(e, [stopped], snap.networks)).toBe(true);
    expect(listsShow(e, [entry(api)], snap.networks)).toBe(false);
  });

  it('a restart (die, then start) must show a running container', () => {
    const e = toChangeExpectations([ctr('die', api), ctr('start', api)]);
    expect(listsShow(e, [entry(api)], snap.networks)).toBe(true);
    expect(listsShow(e, [{ ...entry(api), State: 'exited' }], snap.networks)).toBe(false);
  });

  it('create and destroy: present or absent; a destroyed container has left its networks', () => {
    const gone = toChangeExpectations([net('disconnect', api, appNet), ctr('destroy', api)]);
    expect(listsShow(gone, [], snap.networks)).toBe(true);
    expect(listsShow(gone, [entry(api)], snap.networks)).toBe(false);
    const made = toChangeExpectations([ctr('create', api)]);
    expect(listsShow(made, [], snap.networks)).toBe(false);
    expect(listsShow(made, [entry(api)], snap.networks)).toBe(true);
  });

  it('a rename is shown once the entry carries the new name', () => {
    const e = toChangeExpectations([ctr('rename', api, '/renamed')]);
    expect(listsShow(e, [entry(api)], snap.networks)).toBe(false);
    expect(listsShow(e, [{ ...entry(api), Names: ['/renamed'] }], snap.networks)).toBe(true);
  });

  it('network create and destroy: in the network list, or not', () => {
    const made = toChangeExpectations([net('create', null, appNet)]);
    expect(made.containers.size).toBe(0);
    expect(listsShow(made, [], snap.networks)).toBe(true);
    expect(listsShow(made, [], snap.networks.filter((n) => n.Id !== appNet))).toBe(false);
    const gone = toChangeExpectations([net('destroy', null, appNet)]);
    expect(listsShow(gone, [], snap.networks)).toBe(false);
  });
});
