import { describe, expect, it } from 'vitest';
import { fixtureSnapshot, idOf, nameOf } from './__fixtures__/engine-fixture';
import { engine28 } from './__fixtures__/engine-28.5-fixture';
import { BuildMemo } from './build-memo';
import { buildLabelPolicy } from './label-policy';
import { buildTopology, type RawSnapshot } from './build-topology';
import { diffTopologies } from './topology-diff';
import type { Topology } from './types';
import type { RawContainerSummary } from '../wire/raw-types';

/** The raw answers of a patch read: `id`'s list entry replaced by a changed copy, every other object as it was. */
function patched(raw: RawSnapshot, id: string, change: (c: RawContainerSummary) => RawContainerSummary): RawSnapshot {
  return { ...raw, containers: raw.containers.map((c) => (c.Id === id ? change(structuredClone(c)) : c)) };
}

const byId = (t: Topology, id: string) => t.containers.find((c) => c.id === id)!;
const endpointsOf = (t: Topology, id: string) => t.endpoints.filter((e) => e.containerId === id);

describe.each([
  ['Engine 20.10', fixtureSnapshot],
  ['Engine 28.5', () => engine28.snapshot()],
])('BuildMemo on the captured %s snapshot', (_engine, snapshot) => {
  it('gives the topology a build without it gives, and the same objects again for the same answers', () => {
    const raw = snapshot();
    const memo = new BuildMemo();
    const first = buildTopology(raw, undefined, memo);
    const again = buildTopology(raw, undefined, memo);
    expect(first).toEqual(buildTopology(raw));
    expect(again).toEqual(first);
    const shared = again.containers.filter((c) => !c.networkMode.startsWith('container:'));
    expect(shared.length).toBeGreaterThan(0);
    for (const c of shared) expect(c).toBe(byId(first, c.id));
    for (const e of again.endpoints) expect(e).toBe(first.endpoints.find((x) => x.containerId === e.containerId && x.networkId === e.networkId));
  });
});

describe('BuildMemo after a live change (Engine 20.10 snapshot)', () => {
  const raw = fixtureSnapshot();
  const web = idOf('web');
  const stopWeb = (c: RawContainerSummary) => ({ ...c, State: 'exited', Status: 'Exited (0) 1 second ago' });

  it('rebuilds the container whose list entry changed and hands back the others', () => {
    const memo = new BuildMemo();
    const before = buildTopology(raw, undefined, memo);
    const next = patched(raw, web, stopWeb);
    const after = buildTopology(next, undefined, memo);
    expect(after).toEqual(buildTopology(next));
    expect(byId(after, web).state).toBe('exited');
    expect(byId(after, web)).not.toBe(byId(before, web));
    expect(endpointsOf(after, web).every((e) => e.ipv4 === null)).toBe(true);
    const api = idOf('api');
    expect(byId(after, api)).toBe(byId(before, api));
    expect(diffTopologies(before, after)).toEqual(diffTopologies(buildTopology(raw), buildTopology(next)));
  });

  it('rebuilds a container whose inspect changed', () => {
    const memo = new BuildMemo();
    const before = buildTopology(raw, undefined, memo);
    const inspect = structuredClone(raw.inspects[web]!);
    inspect.State = { ...inspect.State, Error: 'port is already allocated' };
    const next = { ...raw, inspects: { ...raw.inspects, [web]: inspect } };
    const after = buildTopology(next, undefined, memo);
    expect(after).toEqual(buildTopology(next));
    expect(byId(after, web).startError).toBe('port is already allocated');
    expect(byId(after, web)).not.toBe(byId(before, web));
  });

  it('rebuilds everything when a network changed (an endpoint takes its network\'s DNS)', () => {
    const memo = new BuildMemo();
    const before = buildTopology(raw, undefined, memo);
    const next = { ...raw, networks: raw.networks.map((n) => (n.Name === nameOf('app-net') ? { ...n, Name: `${n.Name}-renamed` } : n)) };
    const after = buildTopology(next, undefined, memo);
    expect(after).toEqual(buildTopology(next));
    for (const c of after.containers) expect(c).not.toBe(byId(before, c.id));
  });

  it('always rebuilds a container in another container\'s network stack', () => {
    const memo = new BuildMemo();
    const before = buildTopology(raw, undefined, memo);
    const after = buildTopology(raw, undefined, memo);
    const sidecar = after.containers.find((c) => c.networkMode.startsWith('container:'))!;
    expect(sidecar.sharesNetworkWith).not.toBeNull();
    expect(sidecar).not.toBe(byId(before, sidecar.id));
    expect(sidecar).toEqual(byId(before, sidecar.id));
  });

  it('does not hand out parts built for another label policy', () => {
    // Networks without labels look the same under both policies: only the policy tells the builds apart.
    const unlabelled = {
      ...raw,
      networks: raw.networks.map((n) => ({ ...n, Labels: {} })),
      containers: raw.containers.map((c) => (c.Id === web ? { ...c, Labels: { ...c.Labels, 'com.example.owner': 'data-team' } } : c)),
    };
    const memo = new BuildMemo();
    const shown = buildLabelPolicy(['*']);
    const before = buildTopology(unlabelled, undefined, memo);
    const after = buildTopology(unlabelled, shown, memo);
    expect(after).toEqual(buildTopology(unlabelled, shown));
    expect(after.containers).not.toEqual(before.containers);
  });

  it('hands out nothing built for another engine version (its default-route rule) or another engine', () => {
    const memo = new BuildMemo();
    const before = buildTopology(raw, undefined, memo);
    const newer = { ...raw, engine: { ...raw.engine, serverVersion: '28.5.2' } };
    const after = buildTopology(newer, undefined, memo);
    expect(after).toEqual(buildTopology(newer));
    for (const c of after.containers) expect(c).not.toBe(byId(before, c.id));
    const elsewhere = { ...raw, engineId: 'other' };
    expect(buildTopology(elsewhere, undefined, memo)).toEqual(buildTopology(elsewhere));
  });
});
