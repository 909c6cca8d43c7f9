import 'server-only';
import { randomBytes } from 'node:crypto';
import { diffTopologies, isEmptyDiff } from '../topology/topology-diff';
import { summarizeDiff } from '../topology/diff-summary';
import { TopologyHistory, type HistoryAnswer } from '../topology/topology-history';
import type { Topology } from '../topology/types';
import type { VersionedChange } from '../topology/versioned-change';

/** Where the feed reads from, and what tells it to read again: the atlas of every engine. */
export interface TopologySource {
  topology(): Promise<Topology>;
  subscribe(fn: (m: { type: string }) => void): () => void;
}

/** A topology with the version it has in this server process (`epoch` changes with every restart). */
export interface VersionedTopology {
  epoch: string;
  version: number;
  topology: Topology;
}

/** What the event stream sends when the map changed: the diff from one version to the next. */
export type TopologyMessage = { type: 'topology'; epoch: string } & VersionedChange;

/** One change of the map on the timeline: its version, when it happened, what it was in a few words. */
export interface TimelineEntry {
  version: number;
  at: number;
  summary: string;
}

/** Atlas messages after which the map may differ: an engine's changes, a resync, a link going up or down. */
const READ_AGAIN = new Set(['changes', 'resync', 'state']);

/**
 * The map as a sequence of versions. Every read goes through it (GET /api/topology, and one read per
 * engine change while anyone follows the stream): when the topology differs from the last version,
 * the version goes up and subscribers get the diff, so a browser patches what changed instead of
 * reading the whole map again. Reads are serialized, so versions and diffs follow one order; however
 * many tabs are open, a change is read once.
 */
export class TopologyFeed {
  readonly epoch = randomBytes(6).toString('hex');
  private version = 0;
  private last: Topology | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(m: TopologyMessage) => void>();
  private offSource: (() => void) | null = null;
  private refreshing = false;
  private again = false;
  /** Every version since the server started (bounded: see TopologyHistory), for `?at=` and the timeline. */
  readonly history: TopologyHistory;
  private readonly summaries = new Map<number, string>();
  private keeping = false;
  private readonly clock: () => number;
  /** Versions sent but not yet recorded (see readNow); whoever asks the history records them first. */
  private unrecorded: Array<() => void> = [];

  constructor(private readonly source: TopologySource, opts: { history?: TopologyHistory; clock?: () => number } = {}) {
    this.history = opts.history ?? new TopologyHistory();
    this.clock = opts.clock ?? Date.now;
  }

  /** The current topology and its version, read from the source (a diff goes out when it changed). */
  read(): Promise<VersionedTopology> {
    const next = this.chain.then(() => this.readNow());
    this.chain = next.catch(() => undefined);
    return next;
  }

  /**
   * The map as last read while the feed follows the engine (it reads again on every change: see
   * subscribe), without asking the engine; else, or before the first read, a read now.
   */
  current(): Promise<VersionedTopology> {
    if (this.offSource && this.last) return Promise.resolve({ epoch: this.epoch, version: this.version, topology: this.last });
    return this.read();
  }

  private async readNow(): Promise<VersionedTopology> {
    const topology = await this.source.topology();
    const last = this.last;
    if (last === null) {
      this.version++;
      this.last = topology;
      this.history.record(this.version, this.clock(), topology);
    } else {
      const diff = diffTopologies(last, topology);
      if (!isEmptyDiff(diff)) {
        const from = this.version++;
        const to = this.version;
        this.last = topology;
        const at = this.clock();
        const message: TopologyMessage = { type: 'topology', epoch: this.epoch, from, to, diff };
        for (const fn of this.listeners) fn(message);
        // Once the message is on its way (the streams write on a later turn): every 20th record builds
        // a whole map, and the summary walks the diff (tens of ms at 1,000 containers).
        this.deferRecord(() => this.record(last, topology, diff, at, to));
      }
    }
    return { epoch: this.epoch, version: this.version, topology: this.last! };
  }

  private deferRecord(record: () => void): void {
    this.unrecorded.push(record);
    if (this.unrecorded.length === 1) setImmediate(() => this.recordNow());
  }

  private recordNow(): void {
    const queue = this.unrecorded;
    this.unrecorded = [];
    for (const record of queue) {
      // Off the read's own path now: a failure (a clock stepping back) costs that version's entry, and says so.
      try { record(); } catch (err) { console.error('netatlas: a change was not kept in the history:', err); }
    }
  }

  private record(before: Topology, after: Topology, diff: ReturnType<typeof diffTopologies>, at: number, version: number): void {
    this.history.record(version, at, after, diff);
    this.summaries.set(version, summarizeDiff(before, diff));
    // Summaries of changes the history let go of go too.
    const first = this.history.entries()[0]?.version ?? version;
    for (const v of this.summaries.keys()) {
      if (v >= first) break;
      this.summaries.delete(v);
    }
  }

  /** The map as it was at `time` (ms), read now first when nothing was read yet. */
  async at(time: number): Promise<HistoryAnswer> {
    if (this.last === null) await this.read();
    this.recordNow();
    return this.history.at(time);
  }

  /** The changes kept, oldest first, each in a few words; and what is kept, against the limits. */
  timeline(): { entries: TimelineEntry[]; stats: ReturnType<TopologyHistory['stats']> } {
    this.recordNow();
    const entries = this.history.entries().map((e) => ({ version: e.version, at: e.at, summary: this.summaries.get(e.version) ?? 'changed' }));
    return { entries, stats: this.history.stats() };
  }

  /**
   * Follows the source from now on whether anyone listens or not, so that the history holds every
   * change since the server started (called once at server start), and reads the first version now.
   */
  keepHistory(): void {
    if (this.keeping) return;
    this.keeping = true;
    this.subscribe(() => {});
    void this.read().catch(() => undefined);
  }

  /** Follows the map's changes; the source is followed while anyone is subscribed. */
  subscribe(fn: (m: TopologyMessage) => void): () => void {
    this.listeners.add(fn);
    this.offSource ??= this.source.subscribe((m) => {
      if (READ_AGAIN.has(m.type)) this.refresh();
    });
    return () => {
      this.listeners.delete(fn);
      if (this.listeners.size === 0) {
        this.offSource?.();
        this.offSource = null;
      }
    };
  }

  /** Reads again after a change; changes that come during a read make exactly one more read after it. */
  private refresh(): void {
    if (this.refreshing) {
      this.again = true;
      return;
    }
    this.refreshing = true;
    void (async () => {
      do {
        this.again = false;
        // A failed read changes nothing here: the stream's state message says the engine is away.
        await this.read().catch(() => undefined);
      } while (this.again);
      this.refreshing = false;
    })();
  }
}
