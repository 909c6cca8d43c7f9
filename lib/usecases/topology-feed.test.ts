import { describe, expect, it } from 'vitest';
import { shopTopology } from '../graph/__fixtures__/synthetic-topology';
import type { Topology } from '../topology/types';
import { TopologyFeed, type TopologySource } from './topology-feed';

/** A source that answers the maps it is given, in turn (the last one from then on). */
function sequence(maps: Topology[]): TopologySource & { next(t: Topology): void } {
  let i = 0;
  const queue = [...maps];
  return {
    topology: async () => queue[Math.min(i++, queue.length - 1)],
    subscribe: () => () => {},
    next: (t) => queue.push(t),
  };
}

const base = shopTopology();
const withoutFirst = { ...base, containers: base.containers.slice(1), endpoints: base.endpoints.filter((e) => e.containerId !== base.containers[0].id) };
const renamed = { ...withoutFirst, networks: withoutFirst.networks.map((n, i) => (i === 0 ? { ...n, name: `${n.name}-2` } : n)) };

describe('TopologyFeed: the map\'s history', () => {
  it('answers the map at any time since the first read, each version from when it began', async () => {
    let now = 1_000;
    const feed = new TopologyFeed(sequence([base, base, withoutFirst, renamed]), { clock: () => now });
    await feed.read(); // v1 at 1000
    now = 2_000;
    await feed.read(); // unchanged: no version
    now = 3_000;
    await feed.read(); // v2 at 3000
    now = 4_000;
    await feed.read(); // v3 at 4000
    expect(await feed.at(1_000)).toMatchObject({ ok: true, version: 1, at: 1_000, topology: base });
    expect(await feed.at(2_999)).toMatchObject({ ok: true, version: 1 });
    expect((await feed.at(3_500)).ok && (await feed.at(3_500) as { topology: Topology }).topology).toEqual(withoutFirst);
    expect(await feed.at(9_999)).toMatchObject({ ok: true, version: 3, topology: renamed });
    expect(await feed.at(999)).toEqual({ ok: false, reason: 'gone', oldest: 1_000 });
  });

  it('lists each change in a few words, oldest first', async () => {
    let now = 0;
    const feed = new TopologyFeed(sequence([base, withoutFirst, renamed]), { clock: () => ++now });
    for (let i = 0; i < 3; i++) await feed.read();
    const { entries, stats } = feed.timeline();
    expect(entries).toEqual([
      { version: 2, at: 2, summary: expect.stringMatching(/^1 container removed(, \d+ endpoints? removed)?$/) },
      { version: 3, at: 3, summary: '1 network changed' },
    ]);
    expect(stats).toMatchObject({ changes: 2, oldest: 1, newest: 3 });
  });

  it('reads first when asked about a time before anything was read', async () => {
    const feed = new TopologyFeed(sequence([base]), { clock: () => 5_000 });
    expect(await feed.at(6_000)).toMatchObject({ ok: true, version: 1, topology: base });
  });

  it('sends a change before recording it, and records it on the next turn whether or not anyone asks', async () => {
    const feed = new TopologyFeed(sequence([base, withoutFirst]), { clock: () => 7 });
    await feed.read();
    const recordedWhenSent: number[] = [];
    feed.subscribe((m) => recordedWhenSent.push(m.to, feed.history.entries().length));
    await feed.read();
    expect(recordedWhenSent).toEqual([2, 0]); // version 2 on its way, not yet among the changes
    await new Promise((r) => setImmediate(r));
    expect(feed.history.entries().map((e) => e.version)).toEqual([2]);
  });
});

describe('TopologyFeed.current: the map without asking the engine while the feed follows it', () => {
  it('reads when nothing was read yet or nobody follows the engine, answers the last read while someone does', async () => {
    let reads = 0;
    const source = sequence([base, withoutFirst, renamed]);
    const counted: TopologySource = { ...source, topology: () => { reads++; return source.topology(); } };
    const feed = new TopologyFeed(counted);
    expect(await feed.current()).toMatchObject({ version: 1, topology: base }); // nothing read yet: reads
    expect(await feed.current()).toMatchObject({ version: 2, topology: withoutFirst }); // not following: reads again
    expect(reads).toBe(2);
    const off = feed.subscribe(() => {});
    expect(await feed.current()).toMatchObject({ version: 2, topology: withoutFirst }); // following: the last read
    expect(reads).toBe(2);
    off();
    expect(await feed.current()).toMatchObject({ version: 3, topology: renamed });
    expect(reads).toBe(3);
  });
});
