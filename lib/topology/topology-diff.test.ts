import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTopology } from './build-topology';
import { jsonEqual } from './json-equal';
import { toSwarm } from './to-swarm';
import { diffTopologies, isEmptyDiff, topologyKeys } from './topology-diff';
import { engine28 } from './__fixtures__/engine-28.5-fixture';
import { rawSwarmFixture } from './__fixtures__/swarm-fixture';
import { editedPairArb, applyEdit, type EditKind } from './__fixtures__/topology-edits';
import { largeModel, toContainer, topologyArb, toTopology } from './__fixtures__/topology-arbitrary';
import type { Topology } from './types';

const lists = ['engines', 'networks', 'containers', 'endpoints', 'swarms'] as const;
const keyOf = (list: (typeof lists)[number], x: unknown) => (topologyKeys[list] as (x: unknown) => string)(x);
const size = (x: unknown) => JSON.stringify(x).length;

describe('diffTopologies', () => {
  it('finds nothing between a topology and itself, or a copy of it', () => {
    fc.assert(fc.property(topologyArb, (a) => {
      expect(diffTopologies(a, a)).toEqual({});
      expect(diffTopologies(a, structuredClone(a))).toEqual({});
      expect(isEmptyDiff(diffTopologies(a, a))).toBe(true);
    }));
  });

  it('names only what changed: upserts differ from before, removed keys are gone', () => {
    fc.assert(fc.property(editedPairArb, ([a, b]) => {
      const diff = diffTopologies(a, b);
      expect(isEmptyDiff(diff)).toBe(jsonEqual(a, b));
      for (const list of lists) {
        const part = diff[list];
        if (!part || 'reset' in part) continue;
        const before = new Map(a[list].map((x) => [keyOf(list, x), x]));
        const after = new Set(b[list].map((x) => keyOf(list, x)));
        for (const x of part.upsert) expect(jsonEqual(before.get(keyOf(list, x)), x)).toBe(false);
        for (const k of part.remove) expect(before.has(k) && !after.has(k)).toBe(true);
      }
    }));
  });

  describe('on the captured Engine 28.5 topology', () => {
    const a = buildTopology(engine28.snapshot());

    it('carries one removed endpoint as its key alone', () => {
      const gone = a.endpoints[3];
      const b = { ...a, endpoints: a.endpoints.filter((e) => e !== gone) };
      expect(diffTopologies(a, b)).toEqual({ endpoints: { upsert: [], remove: [`${gone.containerId}/${gone.networkId}`], place: [] } });
    });

    it('carries a stopped container whole, with nothing else', () => {
      const web = a.containers.find((c) => c.id === engine28.idOf('web'))!;
      const stopped = { ...web, state: 'exited' as const, status: 'Exited (137) 1 second ago' };
      const b = { ...a, containers: a.containers.map((c) => (c === web ? stopped : c)) };
      expect(diffTopologies(a, b)).toEqual({ containers: { upsert: [stopped], remove: [], place: [] } });
    });

    it('carries engine and problems only when they change, and null when the problems go', () => {
      const problems = [{ file: 'netatlas.config.json', field: 'engines[1].host', message: 'is not a URL' }];
      const engine = { ...a.engine, serverVersion: '28.5.2' };
      expect(diffTopologies(a, { ...a, engine, problems })).toEqual({ engine, problems });
      expect(diffTopologies({ ...a, problems }, a)).toEqual({ problems: null });
    });
  });

  it('patches a swarm one service at a time: a failed task sends its service, not the swarm', () => {
    const swarm = toSwarm(rawSwarmFixture(), 'default');
    const a: Topology = { ...buildTopology(engine28.snapshot()), swarms: [swarm] };
    const [first, ...rest] = swarm.services;
    const failed = { ...first, tasks: first.tasks.map((t) => ({ ...t, state: 'failed', error: 'task: non-zero exit (1)' })) };
    const b = { ...a, swarms: [{ ...swarm, services: [failed, ...rest] }] };
    expect(diffTopologies(a, b)).toEqual({
      swarms: { upsert: [], remove: [], place: [], patch: [{ clusterId: swarm.clusterId, services: { upsert: [failed], remove: [], place: [] } }] },
    });
  });

  it('sends a list whole when its keys are not unique (one daemon configured as two engines)', () => {
    const a: Topology = buildTopology(engine28.snapshot());
    const twice = [...a.endpoints, a.endpoints[0]];
    expect(diffTopologies(a, { ...a, endpoints: twice })).toEqual({ endpoints: { reset: twice } });
  });

  describe('grows with the change, not with the topology', () => {
    // Elements are captured shapes by index modulo 18: compare like with like, index 5 modulo 18.
    const like = (count: number) => 18 * Math.floor(count / 36) + 5;
    const changeSize = (count: number, kind: EditKind) => {
      const model = largeModel(count);
      const t = model.parts[0].topology!;
      const edited = kind === 'add'
        ? { parts: [{ ...model.parts[0], topology: { ...t, containers: [...t.containers, toContainer(0, count + like(count) + 18, 'bench-new')] } }] }
        : applyEdit(model, { kind, at: 0, pick: like(count), other: 3 });
      return size(diffTopologies(toTopology(model), toTopology(edited)));
    };

    it.each<EditKind>(['modify', 'add', 'remove', 'connect', 'disconnect', 'rename'])('%s: under 5 kB at 1,000 containers, as at 10', (kind) => {
      const at1000 = changeSize(1000, kind);
      expect(at1000).toBeLessThan(5000);
      // Index digits may grow (a place at 500 rather than 5); nothing else may.
      expect(at1000 - changeSize(10, kind)).toBeLessThan(16);
    });

    it('at 1,000 containers, one stopped container is a few hundred bytes where the topology is hundreds of kB', () => {
      const a = toTopology(largeModel(1000));
      const diff = size(diffTopologies(a, toTopology(applyEdit(largeModel(1000), { kind: 'modify', at: 0, pick: 500, other: 0 }))));
      console.info(`1,000 containers: full topology ${size(a)} B, one-container diff ${diff} B`);
      expect(diff * 100).toBeLessThan(size(a));
    });
  });
});
