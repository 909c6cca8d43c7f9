import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTopologies, type TopologyDiff } from './topology-diff';
import { DEFAULT_CHECKPOINT_EVERY, DEFAULT_HISTORY_LIMITS, TopologyHistory, type HistoryAnswer } from './topology-history';
import { applyEdit, editArb } from './__fixtures__/topology-edits';
import { topologyModelArb, toTopology, type TopologyModel } from './__fixtures__/topology-arbitrary';
import type { Topology } from './types';

/** What the feed hands the history: version i + 1 began at times[i], with the diff from the one before. */
interface Timeline {
  topologies: Topology[];
  diffs: (TopologyDiff | undefined)[];
  times: number[];
}

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/** Frozen, so that a history mutating what it was given throws. */
function toTimeline(models: TopologyModel[], times: number[]): Timeline {
  const topologies = models.map((m) => deepFreeze(toTopology(m)));
  const diffs = topologies.map((t, i) => (i ? deepFreeze(diffTopologies(topologies[i - 1], t)) : undefined));
  return { topologies, diffs, times };
}

/** A few edits (sometimes a map not like the one before at all), some in the same millisecond as the last. */
const stepArb = fc.record({
  change: fc.oneof(
    { weight: 5, arbitrary: fc.array(editArb, { minLength: 1, maxLength: 3 }).map((edits) => ({ edits })) },
    { weight: 1, arbitrary: topologyModelArb.map((model) => ({ model })) },
  ),
  gap: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 60_000 }) }),
});

const timelineArb = (maxLength: number): fc.Arbitrary<Timeline> =>
  fc.record({ start: topologyModelArb, t0: fc.integer({ min: 0, max: 2e12 }), steps: fc.array(stepArb, { maxLength }) })
    .map(({ start, t0, steps }) => {
      const models = [start];
      const times = [t0];
      for (const { change, gap } of steps) {
        models.push('edits' in change ? change.edits.reduce(applyEdit, models[models.length - 1]) : change.model);
        times.push(times[times.length - 1] + gap);
      }
      return toTimeline(models, times);
    });

function recordAll(history: TopologyHistory, { topologies, diffs, times }: Timeline, after?: (i: number) => void): void {
  topologies.forEach((t, i) => {
    history.record(i + 1, times[i], t, diffs[i]);
    after?.(i);
  });
}

/** Index of the newest version that began at or before `time`. */
const lastAtOrBefore = (times: number[], time: number) => times.findLastIndex((t) => t <= time);

/** `answer` is version index `i` of `timeline`, whole. */
function expectVersion(answer: HistoryAnswer, { topologies, times }: Timeline, i: number): void {
  expect(answer.ok && { version: answer.version, at: answer.at }).toEqual({ version: i + 1, at: times[i] });
  if (answer.ok) expect(answer.topology).toStrictEqual(topologies[i]);
}

/** `history` answers every time as the live reads did, from the version at `oldest` (an index) on, and `gone` before it. */
function expectReplays(history: TopologyHistory, timeline: Timeline, oldest: number): void {
  const { times } = timeline;
  const n = times.length;
  const probes = [...times, ...times.slice(1).map((t, i) => (times[i] + t) / 2), times[0] - 1, times[n - 1] + 3_600_000];
  for (const time of probes) {
    if (time < times[oldest]) expect(history.at(time)).toEqual({ ok: false, reason: 'gone', oldest: times[oldest] });
    else expectVersion(history.at(time), timeline, lastAtOrBefore(times, time));
  }
}

describe('TopologyHistory', () => {
  it('answers every moment as the live reads did then, between versions with the one before, for any sequence of maps', () => {
    fc.assert(
      fc.property(timelineArb(30), fc.integer({ min: 1, max: 8 }), (timeline, checkpointEvery) => {
        const history = new TopologyHistory({}, { checkpointEvery });
        recordAll(history, timeline);
        expectReplays(history, timeline, 0);
        const { times } = timeline;
        // Several versions in one millisecond: the last of them is the map at that time.
        times.forEach((t, i) => {
          const answer = history.at(t);
          expect(answer.ok && answer.version).toBe(times.findLastIndex((u) => u === t) + 1);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('keeps within its limits, always answers the newest, says from when it answers, and its stats add up', () => {
    const limitsArb = fc.record({
      maxChanges: fc.integer({ min: 0, max: 6 }),
      maxBytes: fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 120_000 })),
      checkpointEvery: fc.integer({ min: 1, max: 8 }),
    });
    fc.assert(
      fc.property(timelineArb(25), limitsArb, (timeline, { maxChanges, maxBytes, checkpointEvery }) => {
        const { times, diffs } = timeline;
        const history = new TopologyHistory({ maxChanges, maxBytes }, { checkpointEvery });
        let oldest = 0;
        recordAll(history, timeline, (i) => {
          const stats = history.stats();
          expect(stats.changes).toBeLessThanOrEqual(maxChanges);
          if (maxBytes === Infinity) expect(stats.changes).toBe(Math.min(maxChanges, i));
          expect(stats.bytes <= maxBytes || stats.changes === 0).toBe(true);
          expect(stats.newest).toBe(times[i]);
          // The oldest answerable version only moves forward.
          expect(i - stats.changes).toBeGreaterThanOrEqual(oldest);
          oldest = i - stats.changes;
          expect(stats.oldest).toBe(times[oldest]);
          expectVersion(history.at(times[i] + 1), timeline, i);
        });
        const stats = history.stats();
        const entries = history.entries();
        expect(entries.length).toBe(stats.changes);
        expect(entries.map((e) => e.version)).toEqual(diffs.map((_, i) => i + 1).slice(oldest + 1));
        entries.forEach((e) => {
          expect(e.at).toBe(times[e.version - 1]);
          expect(e.diff).toBe(diffs[e.version - 1]);
          expect(e.bytes).toBe(JSON.stringify(e.diff).length);
          expect(Object.isFrozen(e)).toBe(true);
        });
        expect(stats.bytes).toBeGreaterThanOrEqual(entries.reduce((sum, e) => sum + e.bytes, 0));
        expect(stats.limits).toEqual({ maxChanges, maxBytes });
        expectReplays(history, timeline, oldest);
      }),
      { numRuns: 60 },
    );
  });

  it('never changes a topology it has answered, whatever it records after', () => {
    fc.assert(
      fc.property(timelineArb(20), (timeline) => {
        const history = new TopologyHistory({ maxChanges: 4 }, { checkpointEvery: 2 });
        const answers: { topology: Topology; copy: Topology }[] = [];
        recordAll(history, timeline, (i) => {
          for (const time of timeline.times.slice(0, i + 1)) {
            const answer = history.at(time);
            if (answer.ok) answers.push({ topology: answer.topology, copy: structuredClone(answer.topology) });
          }
        });
        for (const { topology, copy } of answers) expect(topology).toStrictEqual(copy);
      }),
      { numRuns: 15 },
    );
  });

  describe('with small limits', () => {
    const start = fc.sample(topologyModelArb, { numRuns: 1, seed: 11 })[0];
    const edits = fc.sample(editArb, { numRuns: 9, seed: 3 });
    const models = edits.reduce((ms, e) => [...ms, applyEdit(ms[ms.length - 1], e)], [start]);
    /** Versions 1..10, version v at v seconds. */
    const ten = toTimeline(models, models.map((_, i) => (i + 1) * 1000));

    it('keeps the last 3 changes: what came before is gone, from the time of version 7', () => {
      const history = new TopologyHistory({ maxChanges: 3 });
      recordAll(history, ten);
      expect(history.at(6999)).toEqual({ ok: false, reason: 'gone', oldest: 7000 });
      expect(history.at(1000)).toEqual({ ok: false, reason: 'gone', oldest: 7000 });
      for (let v = 7; v <= 10; v++) expectVersion(history.at(v * 1000 + 500), ten, v - 1);
      expect(history.entries().map((e) => e.version)).toEqual([8, 9, 10]);
      const stats = history.stats();
      expect(stats).toMatchObject({ changes: 3, oldest: 7000, newest: 10000, limits: { maxChanges: 3, maxBytes: DEFAULT_HISTORY_LIMITS.maxBytes } });
      expect(stats.bytes).toBeGreaterThan(history.entries().reduce((sum, e) => sum + e.bytes, 0));
    });

    it('with no bytes to spare keeps the newest version alone, and counts it', () => {
      const history = new TopologyHistory({ maxBytes: 0 });
      recordAll(history, ten);
      expect(history.stats()).toMatchObject({ changes: 0, oldest: 10000, newest: 10000, bytes: JSON.stringify(ten.topologies[9]).length });
      expect(history.entries()).toEqual([]);
      expect(history.at(9999)).toEqual({ ok: false, reason: 'gone', oldest: 10000 });
      expectVersion(history.at(10000), ten, 9);
    });

    it('with room for a few versions drops the oldest ones and stays under the bytes', () => {
      const maxBytes = 1.3 * JSON.stringify(ten.topologies[0]).length;
      const history = new TopologyHistory({ maxBytes }, { checkpointEvery: 1 });
      recordAll(history, ten);
      const stats = history.stats();
      expect(stats.bytes).toBeLessThanOrEqual(maxBytes);
      expect(stats.changes).toBeGreaterThan(0);
      expect(stats.changes).toBeLessThan(9);
      expectReplays(history, ten, 9 - stats.changes);
    });
  });

  it('answers every version of 250 changes, from the checkpoint before it', () => {
    const start = fc.sample(topologyModelArb, { numRuns: 1, seed: 42 })[0];
    const models = fc.sample(editArb, { numRuns: 250, seed: 42 }).reduce((ms, e) => [...ms, applyEdit(ms[ms.length - 1], e)], [start]);
    const timeline = toTimeline(models, models.map((_, i) => 1_700_000_000_000 + 250 * i - (i % 7 === 3 ? 250 : 0)));
    const history = new TopologyHistory();
    recordAll(history, timeline);
    expect(history.stats()).toMatchObject({ changes: 250, checkpoints: Math.floor(250 / DEFAULT_CHECKPOINT_EVERY) + 1 });
    expectReplays(history, timeline, 0);
    // A checkpoint is held, not rebuilt: asked twice, the very same object.
    const checkpointed = timeline.times[2 * DEFAULT_CHECKPOINT_EVERY];
    const [a, b] = [history.at(checkpointed), history.at(checkpointed)];
    expect(a.ok && b.ok && a.topology === b.topology).toBe(true);
  });

  describe('refuses a record out of order, and records nothing then', () => {
    const [t1, t2, t3] = fc.sample(topologyModelArb, { numRuns: 3, seed: 5 }).map(toTopology);
    const d12 = diffTopologies(t1, t2);
    const d23 = diffTopologies(t2, t3);
    const twoVersions = () => {
      const history = new TopologyHistory();
      history.record(1, 1000, t1);
      history.record(2, 2000, t2, d12);
      return history;
    };

    it.each([
      ['a skipped version', 4, 3000, /version 4 after version 2; versions go up by exactly one/],
      ['a version recorded twice', 2, 3000, /version 2 after version 2/],
      ['a time going backwards', 3, 1999, /version 3 began at 1999, before version 2 \(2000\); time does not go backwards/],
      ['a version that is not an integer', 2.5, 3000, /version 2.5 is not an integer/],
      ['a time that is not a number', 3, NaN, /time of version 3 \(NaN\) is not a number/],
    ])('%s', (_, version, at, message) => {
      const history = twoVersions();
      const before = history.stats();
      expect(() => history.record(version, at, t3, d23)).toThrow(message);
      expect(history.stats()).toEqual(before);
      expect(history.at(5000)).toMatchObject({ ok: true, version: 2, topology: t2 });
    });

    it('a version without its diff', () => {
      expect(() => twoVersions().record(3, 3000, t3)).toThrow(/version 3 comes without the diff from version 2/);
    });

    it('the same time is no error: the later version is the map at that time', () => {
      const history = twoVersions();
      history.record(3, 2000, t3, d23);
      expect(history.at(2000)).toMatchObject({ ok: true, version: 3, at: 2000, topology: t3 });
    });

    it('a time that is not a number, asked', () => {
      expect(() => twoVersions().at(NaN)).toThrow(/not a number/);
    });

    it('limits that bound nothing', () => {
      expect(() => new TopologyHistory({ maxChanges: -1 })).toThrow(/maxChanges/);
      expect(() => new TopologyHistory({ maxChanges: 1.5 })).toThrow(/maxChanges/);
      expect(() => new TopologyHistory({ maxBytes: NaN })).toThrow(/maxBytes/);
      expect(() => new TopologyHistory({}, { checkpointEvery: 0 })).toThrow(/checkpointEvery/);
    });
  });

  it('says it is empty before the first version, which may be any and needs no diff', () => {
    const history = new TopologyHistory({ maxChanges: undefined });
    expect(history.at(0)).toEqual({ ok: false, reason: 'empty' });
    expect(history.entries()).toEqual([]);
    expect(history.stats()).toEqual({ changes: 0, bytes: 0, oldest: null, newest: null, checkpoints: 0, limits: DEFAULT_HISTORY_LIMITS });
    const [t7, t8] = fc.sample(topologyModelArb, { numRuns: 2, seed: 9 }).map(toTopology);
    history.record(7, 500, t7, diffTopologies(t8, t7));
    expect(history.at(500)).toEqual({ ok: true, topology: t7, version: 7, at: 500 });
    expect(history.stats()).toMatchObject({ changes: 0, oldest: 500, newest: 500, bytes: JSON.stringify(t7).length });
    history.record(8, 600, t8, diffTopologies(t7, t8));
    expect(history.at(550)).toEqual({ ok: true, topology: t7, version: 7, at: 500 });
    // The newest is the very object recorded, not a copy: the feed holds it anyway.
    expect(history.at(Infinity)).toMatchObject({ version: 8, at: 600 });
    expect((history.at(Infinity) as { topology: Topology }).topology).toBe(t8);
  });
});
