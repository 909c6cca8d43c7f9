import { applyTopologyDiff } from './apply-topology-diff';
import type { TopologyDiff } from './topology-diff';
import type { Topology } from './types';

/** How much history is kept; past either limit the oldest changes go. */
export interface HistoryLimits {
  /** Changes after the oldest answerable version (so `maxChanges + 1` versions are answerable). */
  maxChanges: number;
  /** The estimate of memory held ({@link TopologyHistory.stats}'s `bytes`) the history stays under. */
  maxBytes: number;
}

/**
 * 5000 changes: long enough a timeline to scrub back through a working day of a busy host (a change
 * every ~15 s), short enough for the browser to draw it as one list. 64 MiB: a ceiling a dashboard's
 * Node process can spare. On the 1,000-container test topology (`largeModel`, 1.1 MB of JSON) one
 * container coming, going or changing is a 0.2–1.2 kB diff (0.5 kB on average), so ordinary changes
 * meet the count first (5000 of them, with the checkpoints and the oldest version whole: ~9 MB); the
 * bytes limit is for large changes (a stack redeployed, a list sent whole), averaging over ~12 kB.
 */
export const DEFAULT_HISTORY_LIMITS: HistoryLimits = Object.freeze({ maxChanges: 5000, maxBytes: 64 * 1024 * 1024 });

/**
 * A version held whole every 20 changes. Applying one diff costs the length of the lists it changes
 * (~1.4 ms at 1,000 containers), so `at` replays at most 19 of them (~25 ms, ~13 ms on average) and
 * building a checkpoint is a ~25 ms step once per 20 changes. 5000 changes then hold 250 checkpoints
 * of ~20 kB each at 1,000 containers: they share their elements (see {@link TopologyHistory}).
 */
export const DEFAULT_CHECKPOINT_EVERY = 20;

export interface HistoryOptions {
  /** Changes between two versions held whole; at most `maxChanges` is used (at least 1). */
  checkpointEvery?: number;
}

/** One change kept: the diff that made `version` from the version before it. Frozen; the diff is shared, not to be mutated. */
export interface HistoryEntry {
  readonly version: number;
  /** When the version began, in ms since the epoch. */
  readonly at: number;
  /** The diff's size: the length of its JSON text (UTF-16 code units; about its bytes, the text being mostly ASCII). */
  readonly bytes: number;
  readonly diff: TopologyDiff;
}

/** What the map was at a time, or why the history cannot say. */
export type HistoryAnswer =
  | { ok: true; topology: Topology; version: number; /** when that version began */ at: number }
  | { ok: false; reason: 'gone'; /** the earliest time still answerable */ oldest: number }
  | { ok: false; reason: 'empty' };

/** What is kept, for the timeline and for an operator. */
export interface HistoryStats {
  /** Changes after the oldest answerable version: `entries().length`. */
  changes: number;
  /** The estimate of memory held, kept under `limits.maxBytes` (see {@link TopologyHistory}). */
  bytes: number;
  /** When the oldest answerable version began; null while empty. */
  oldest: number | null;
  /** When the newest version began; null while empty. */
  newest: number | null;
  /** Versions held whole (the first is the one replays of the oldest versions start from). */
  checkpoints: number;
  limits: HistoryLimits;
}

/** One recorded version; `entry` is null for the version the anchor holds whole (and once dropped). */
interface Step {
  version: number;
  at: number;
  entry: HistoryEntry | null;
}

/**
 * A version held whole. `bytes` is what it holds that nothing else kept does: all of it for the
 * anchor (the first checkpoint); for a later one only the slots of the lists it rebuilt, since its
 * elements are the earlier checkpoint's or the diffs' own objects (applyTopologyDiff shares them).
 */
interface Checkpoint {
  version: number;
  topology: Topology;
  bytes: number;
}

const LISTS = ['engines', 'networks', 'containers', 'endpoints', 'swarms'] as const;
/** One slot of a list: a pointer. */
const SLOT_BYTES = 8;
/** A checkpoint's own object, whatever it shares. */
const SHELL_BYTES = 64;

/**
 * The map's history since the server started, so a user can ask what it looked like at a time and
 * scrub a timeline: the versions of the topology feed, each recorded with the diff from the one
 * before. Bounded by count and by memory; the oldest changes go first, the newest version never.
 *
 * Held: a checkpoint (a whole topology) every `checkpointEvery` changes, and every diff after the
 * first one, the anchor. A version is rebuilt by applying the diffs from the nearest checkpoint at or
 * before it. The oldest answerable version is not folded into a new base one change at a time (each
 * fold costs the length of the lists, not of the diff): it moves forward alone, and the anchor follows
 * when the next checkpoint is reached, dropping the diffs before it. So `record` costs the size of its
 * diff, apart from building a checkpoint (applying the diffs since the last one) and measuring a new
 * anchor (one JSON.stringify of it), each once per `checkpointEvery` changes. The price: up to
 * `checkpointEvery - 1` diffs before the oldest answerable version are held as the way there from the
 * anchor, and count in `bytes`. Past `maxBytes` the history drops whole checkpoint intervals (memory
 * is only freed with the anchor), down to the newest version alone when nothing else is left.
 *
 * `bytes` estimates memory: the JSON length of each diff held and of the anchor, and 8 bytes per list
 * slot of the other checkpoints. The heap holds some multiple of that; the limit bounds the estimate.
 * The newest topology is not counted: it is the very object recorded, which the feed holds anyway.
 *
 * Topologies are immutable values here as everywhere in the codebase: `record` keeps the topology and
 * diff it is given (not copies) and never mutates them, and the topology `at` returns may be one the
 * history holds (a checkpoint, the newest) or share its elements with them, so it must not be mutated.
 * The history never mutates what it has returned. Pure: time is passed in.
 */
export class TopologyHistory {
  private readonly limits: HistoryLimits;
  private readonly every: number;
  /** The recorded versions from the anchor's on; `steps[head]` is the anchor's. */
  private steps: Step[] = [];
  private head = 0;
  /** By version; the first is the anchor. */
  private checkpoints: Checkpoint[] = [];
  /** The oldest answerable version (the anchor's, or up to `every - 1` after it). */
  private oldest = 0;
  private latest: Topology | null = null;
  private diffBytes = 0;
  private checkpointBytes = 0;

  constructor(limits: Partial<HistoryLimits> = {}, options: HistoryOptions = {}) {
    const maxChanges = limits.maxChanges ?? DEFAULT_HISTORY_LIMITS.maxChanges;
    const maxBytes = limits.maxBytes ?? DEFAULT_HISTORY_LIMITS.maxBytes;
    const every = options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY;
    if (!Number.isInteger(maxChanges) || maxChanges < 0) throw new Error(`TopologyHistory: maxChanges must be an integer ≥ 0, not ${maxChanges}.`);
    if (!(maxBytes >= 0)) throw new Error(`TopologyHistory: maxBytes must be a number ≥ 0, not ${maxBytes}.`);
    if (!Number.isInteger(every) || every < 1) throw new Error(`TopologyHistory: checkpointEvery must be an integer ≥ 1, not ${every}.`);
    this.limits = Object.freeze({ maxChanges, maxBytes });
    // Checkpoints no further apart than the changes kept: the diffs held before the oldest stay fewer than those answerable.
    this.every = Math.max(1, Math.min(every, maxChanges));
  }

  /**
   * The first version (no diff; one given is ignored, the history begins here) or the next one with
   * the diff from the previous version. Throws, recording nothing, when `version` does not follow the
   * last by exactly one, `at` is before the last one's time, or the diff is missing: the caller's bug.
   */
  record(version: number, at: number, topology: Topology, diff?: TopologyDiff): void {
    if (!Number.isInteger(version)) throw new Error(`TopologyHistory.record: version ${version} is not an integer.`);
    if (!Number.isFinite(at)) throw new Error(`TopologyHistory.record: the time of version ${version} (${at}) is not a number of milliseconds.`);
    const last = this.steps.at(-1);
    if (!last) return this.begin(version, at, topology);
    if (version !== last.version + 1) {
      throw new Error(`TopologyHistory.record: version ${version} after version ${last.version}; versions go up by exactly one.`);
    }
    if (at < last.at) {
      throw new Error(`TopologyHistory.record: version ${version} began at ${at}, before version ${last.version} (${last.at}); time does not go backwards.`);
    }
    if (!diff) throw new Error(`TopologyHistory.record: version ${version} comes without the diff from version ${last.version}.`);
    const entry: HistoryEntry = Object.freeze({ version, at, bytes: jsonLength(diff), diff });
    this.steps.push({ version, at, entry });
    this.diffBytes += entry.bytes;
    this.latest = topology;
    const top = this.checkpoints[this.checkpoints.length - 1];
    if (version - top.version >= this.every) this.addCheckpoint(top, version);
    this.trim();
  }

  /**
   * The map as it was at `time` (ms since the epoch): the newest version that began at or before it
   * (of several that began in the same millisecond, the last). After the newest version's time, the
   * newest; before the oldest kept, `gone`. Do not mutate the topology (see {@link TopologyHistory}).
   */
  at(time: number): HistoryAnswer {
    if (Number.isNaN(time)) throw new Error('TopologyHistory.at: the time is not a number.');
    if (!this.latest) return { ok: false, reason: 'empty' };
    let lo = this.indexOf(this.oldest);
    if (time < this.steps[lo].at) return { ok: false, reason: 'gone', oldest: this.steps[lo].at };
    let hi = this.steps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.steps[mid].at <= time) lo = mid;
      else hi = mid - 1;
    }
    const { version, at } = this.steps[lo];
    if (lo === this.steps.length - 1) return { ok: true, topology: this.latest, version, at };
    return { ok: true, topology: this.replay(this.checkpointFor(version), version), version, at };
  }

  /** Each change kept, oldest first (for the timeline); a new array each call, of frozen entries. */
  entries(): readonly HistoryEntry[] {
    const out: HistoryEntry[] = [];
    if (!this.latest) return out;
    for (let i = this.indexOf(this.oldest) + 1; i < this.steps.length; i++) out.push(this.steps[i].entry!);
    return out;
  }

  /** What is kept: number of changes, bytes, oldest answerable time, newest time, checkpoints and the limits. */
  stats(): HistoryStats {
    const newest = this.steps.at(-1);
    if (!newest) return { changes: 0, bytes: 0, oldest: null, newest: null, checkpoints: 0, limits: this.limits };
    return {
      changes: newest.version - this.oldest,
      bytes: this.diffBytes + this.checkpointBytes,
      oldest: this.steps[this.indexOf(this.oldest)].at,
      newest: newest.at,
      checkpoints: this.checkpoints.length,
      limits: this.limits,
    };
  }

  /** Starts over from `version`, held whole as the anchor. */
  private begin(version: number, at: number, topology: Topology): void {
    this.steps = [{ version, at, entry: null }];
    this.head = 0;
    const anchor = { version, topology, bytes: jsonLength(topology) };
    this.checkpoints = [anchor];
    this.oldest = version;
    this.latest = topology;
    this.diffBytes = 0;
    this.checkpointBytes = anchor.bytes;
  }

  private addCheckpoint(from: Checkpoint, version: number): void {
    const topology = this.replay(from, version);
    const checkpoint = { version, topology, bytes: rebuiltBytes(from.topology, topology) };
    this.checkpoints.push(checkpoint);
    this.checkpointBytes += checkpoint.bytes;
  }

  /** Drops the oldest changes past the limits; never the newest version. */
  private trim(): void {
    const newest = this.steps[this.steps.length - 1];
    this.oldest = Math.max(this.oldest, newest.version - this.limits.maxChanges);
    while (this.checkpoints.length > 1 && this.checkpoints[1].version <= this.oldest) this.advanceAnchor();
    while (this.diffBytes + this.checkpointBytes > this.limits.maxBytes && this.checkpoints[0].version < newest.version) {
      if (this.checkpoints.length > 1) this.advanceAnchor();
      else this.begin(newest.version, newest.at, this.latest!);
      this.oldest = Math.max(this.oldest, this.checkpoints[0].version);
    }
  }

  /** The next checkpoint becomes the anchor: the one before it and the diffs up to it go. */
  private advanceAnchor(): void {
    const [old, next] = this.checkpoints;
    this.checkpoints.shift();
    this.checkpointBytes -= old.bytes + next.bytes;
    // It now holds alone what it shared with the old anchor: measured once, as it becomes the anchor.
    next.bytes = jsonLength(next.topology);
    this.checkpointBytes += next.bytes;
    while (this.steps[this.head].version < next.version) {
      const step = this.steps[++this.head];
      this.diffBytes -= step.entry!.bytes;
      step.entry = null;
    }
    // Amortised O(1): the dropped steps are cut off once they are the larger part.
    if (this.head > 32 && this.head * 2 > this.steps.length) {
      this.steps = this.steps.slice(this.head);
      this.head = 0;
    }
  }

  /** `version` rebuilt from `from`, by the diffs after it. */
  private replay(from: Checkpoint, version: number): Topology {
    let topology = from.topology;
    const last = this.indexOf(version);
    for (let i = this.indexOf(from.version) + 1; i <= last; i++) topology = applyTopologyDiff(topology, this.steps[i].entry!.diff);
    return topology;
  }

  /** The last checkpoint at or before `version` (the anchor is at or before every version kept). */
  private checkpointFor(version: number): Checkpoint {
    let lo = 0;
    let hi = this.checkpoints.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.checkpoints[mid].version <= version) lo = mid;
      else hi = mid - 1;
    }
    return this.checkpoints[lo];
  }

  private indexOf(version: number): number {
    return this.head + version - this.steps[this.head].version;
  }
}

/** The length of `value`'s JSON text: UTF-16 code units, about its bytes (the text is mostly ASCII). */
function jsonLength(value: unknown): number {
  return JSON.stringify(value).length;
}

/** What a checkpoint built from `before` adds to it: its own object, and the slots of the lists it rebuilt. */
function rebuiltBytes(before: Topology, after: Topology): number {
  return LISTS.reduce((sum, list) => sum + (after[list] === before[list] ? 0 : after[list].length * SLOT_BYTES), SHELL_BYTES);
}
