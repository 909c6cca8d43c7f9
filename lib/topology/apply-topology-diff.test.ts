import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTopologyDiff } from './apply-topology-diff';
import { buildTopology } from './build-topology';
import { jsonEqual } from './json-equal';
import { diffTopologies, topologyKeys } from './topology-diff';
import { engine28 } from './__fixtures__/engine-28.5-fixture';
import { editedPairArb } from './__fixtures__/topology-edits';
import { topologyArb } from './__fixtures__/topology-arbitrary';
import type { Topology } from './types';

const lists = ['engines', 'networks', 'containers', 'endpoints', 'swarms'] as const;
const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const permutation = <T>(xs: T[]) => fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length });

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/** Every element of `next` deep-equal to the element of `before` with its key is that very object. */
function expectUntouchedKept(before: Topology, next: Topology) {
  for (const list of lists) {
    const keyOf = topologyKeys[list] as (x: unknown) => string;
    const old = new Map<string, unknown>(before[list].map((x) => [keyOf(x), x]));
    for (const x of next[list]) if (jsonEqual(old.get(keyOf(x)), x)) expect(x).toBe(old.get(keyOf(x)));
  }
  const oldServices = new Map(before.swarms.flatMap((s) => s.services).map((s) => [s.id, s]));
  for (const s of next.swarms.flatMap((x) => x.services)) if (jsonEqual(oldServices.get(s.id), s)) expect(s).toBe(oldServices.get(s.id));
}

describe('applyTopologyDiff', () => {
  it('turns a into b, order included, for any two topologies', () => {
    fc.assert(fc.property(topologyArb, topologyArb, (a, b) => {
      expect(applyTopologyDiff(deepFreeze(a), diffTopologies(a, b))).toStrictEqual(b);
    }));
  });

  it('keeps any order, not only the sorted one the server builds', () => {
    const shuffled = topologyArb.chain((t) =>
      fc.record({ engines: permutation(t.engines), networks: permutation(t.networks), containers: permutation(t.containers), endpoints: permutation(t.endpoints) })
        .map((lists) => ({ ...t, ...lists })));
    fc.assert(fc.property(topologyArb, shuffled, (a, b) => {
      expect(applyTopologyDiff(a, diffTopologies(a, b))).toStrictEqual(b);
      expect(applyTopologyDiff(b, diffTopologies(b, a))).toStrictEqual(a);
    }));
  });

  it('works on what travels: the client holds parsed JSON, the diff arrives as JSON', () => {
    fc.assert(fc.property(editedPairArb, ([a, b]) => {
      expect(applyTopologyDiff(roundTrip(a), roundTrip(diffTopologies(a, b)))).toStrictEqual(roundTrip(b));
    }));
  });

  it('gives back the very same topology for an empty diff', () => {
    fc.assert(fc.property(topologyArb, (a) => {
      const next = applyTopologyDiff(a, diffTopologies(a, structuredClone(a)));
      expect(next).toBe(a);
      for (const list of lists) next[list].forEach((x, i) => expect(x).toBe(a[list][i]));
    }));
  });

  it('after a few edits, leaves a as it was and keeps every untouched element (and list) as it was', () => {
    fc.assert(fc.property(editedPairArb, ([a, b]) => {
      const diff = diffTopologies(a, b);
      const next = applyTopologyDiff(deepFreeze(a), diff);
      expect(next).toStrictEqual(b);
      expectUntouchedKept(a, next);
      for (const list of lists) if (!diff[list]) expect(next[list]).toBe(a[list]);
    }));
  });

  describe('on the captured Engine 28.5 topology', () => {
    const a = deepFreeze(buildTopology(engine28.snapshot()));

    it('drops one removed endpoint and keeps every other element', () => {
      const gone = a.endpoints[3];
      const b = { ...a, endpoints: a.endpoints.filter((e) => e !== gone) };
      const next = applyTopologyDiff(a, diffTopologies(a, b));
      expect(next).toStrictEqual(b);
      expect(next.endpoints).toEqual(b.endpoints);
      next.endpoints.forEach((e, i) => expect(e).toBe(b.endpoints[i]));
      expect(next.containers).toBe(a.containers);
    });

    it('moves a renamed container to where the new name sorts', () => {
      const web = a.containers.find((c) => c.id === engine28.idOf('web'))!;
      const renamed = { ...web, name: 'aaa-first' };
      const b = { ...a, containers: [renamed, ...a.containers.filter((c) => c !== web)] };
      const diff = diffTopologies(a, b);
      expect(diff.containers).toEqual({ upsert: [renamed], remove: [], place: [[`default/${web.id}`, 0]] });
      expect(applyTopologyDiff(a, diff)).toStrictEqual(b);
    });

    it('refuses a diff made against another version', () => {
      const reversed = diffTopologies(a, { ...a, containers: [...a.containers].reverse() });
      expect(() => applyTopologyDiff({ ...a, containers: [] }, reversed)).toThrow(/does not have/);
    });
  });
});
