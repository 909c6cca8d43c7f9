import { AppError } from '../errors/app-error';
import type { ActivityEntry, EngineChange, LinkState } from '../topology/engine-change';
import { listsShow, toChangeExpectations } from '../topology/change-expectations';
import { swarmSettling } from '../topology/swarm-settling';
import { topologyFingerprint } from '../topology/topology-fingerprint';
import type { Topology } from '../topology/types';
import { ActivityLog } from './activity-log';
import { nextBackoff } from './backoff';
import type { EngineClient } from './engine-client';
import { readEngine, type EngineRead } from './read-topology';
import { patchEngineRead } from './read-topology-patch';
import { ActivityRecorder } from './watch/activity-recorder';
import { ChangeDebouncer } from './watch/change-debouncer';
import { EventStream } from './watch/event-stream';
import { RECONCILE_MIN_MS, reconcileInterval } from './watch/reconcile-interval';
import { TopologySnapshot } from './watch/topology-snapshot';

/** How often a swarm manager is read again while one of its tasks is on its way to running. */
const SWARM_SETTLE_MS = 1000;
/** A full read right after events that does not show them yet is read again after this. */
const FULL_READ_RETRY_MS = 20;

/** Whether a full read's lists show every one of `changes` (see listsShow). */
function listsShowAll(read: EngineRead, changes: readonly EngineChange[]): boolean {
  const expect = toChangeExpectations(changes);
  return listsShow(expect, read.raw.containers.filter((c) => expect.containers.has(c.Id)), read.raw.networks);
}

/** What the watcher tells its subscribers (the SSE route forwards each as one event). */
export type WatchMessage =
  | { type: 'state'; state: LinkState; since: number; error?: { code: string; message: string; hint?: string } }
  | { type: 'changes'; changes: EngineChange[]; activity: ActivityEntry[] }
  | { type: 'resync'; reason: 'connected' | 'reconciled' | 'settled' };

export interface WatcherOptions {
  /** The first event after a quiet moment is sent at once; those following it within this window, as one message at its end. */
  debounceMs?: number;
  /** Full re-read to catch anything the stream missed: the shortest pause between two (see reconcileInterval). */
  reconcileMs?: number;
  /** How long after a burst of events the watcher reads once more to check what was served. */
  settleMs?: number;
  /** netatlas's id for this engine, stamped on everything read from it. */
  engineId?: string;
}

/**
 * One subscription to one engine's event stream, shared by every browser tab. The stream only parses
 * and hands changes on (the engine drops a listener that stops reading); a short window coalesces
 * bursts and drops the engine's duplicate disconnect events. On every (re)connect it first reads the
 * full topology, then trusts events again; a periodic reconciliation catches anything missed.
 * Reconnects with exponential backoff and jitter.
 */
export class EngineWatcher {
  private subscribers = new Set<(m: WatchMessage) => void>();
  private stream: EventStream | null = null;
  private readonly changes: ChangeDebouncer;
  /** The last topology read while live, valid until the next engine event (see {@link topology}). */
  private readonly snapshot = new TopologySnapshot();
  private readonly recorder: ActivityRecorder;
  private settleTimer: NodeJS.Timeout | null = null;
  /** Settle reads still to come after the last burst (see announce). */
  private settleRounds = 0;
  private reconcileTimer: NodeJS.Timeout | null = null;
  /**
   * What the browsers were shown: the last topology handed out by {@link topology}, or the fingerprint
   * of what they were told to read. Fingerprinted only when a settle read compares (8 ms at 1,000
   * containers, which a kept patch never needs).
   */
  private served: Topology | string = '';
  /** Fingerprint of the last full read by the watcher itself (resync or settle). */
  private fingerprint = '';
  private status: Extract<WatchMessage, { type: 'state' }> = { type: 'state', state: 'connecting', since: Date.now() };
  private running = false;
  private attempt = 0;
  /**
   * The last read that was kept (nothing changed while it ran), and every change since: what a partial
   * read patches (see {@link readSince}). Both follow the snapshot: a read an event overlapped sets neither.
   */
  private base: EngineRead | null = null;
  private pending: EngineChange[] = [];
  /**
   * The base was read when the lists could not lag an event (a resync, a settle read, or a patch of
   * such a base whose lists showed every change): a full read right after events may still miss one.
   */
  private baseTrusted = false;
  /** The kept snapshot is such a patch, whose lists showed every change (see settle). */
  private keptPatch = false;
  readonly activity = new ActivityLog(300);

  constructor(private readonly client: EngineClient, private readonly opts: WatcherOptions = {}) {
    this.changes = new ChangeDebouncer((changes) => this.announce(changes), opts.debounceMs);
    this.recorder = new ActivityRecorder(this.activity);
  }

  get state(): Extract<WatchMessage, { type: 'state' }> {
    return this.status;
  }

  /** Adds a listener (starting the watcher if needed); it gets the current state at once. */
  subscribe(fn: (m: WatchMessage) => void): () => void {
    this.subscribers.add(fn);
    fn(this.status);
    if (!this.running) this.start();
    return () => this.subscribers.delete(fn);
  }

  /**
   * The engine's topology. While the event stream is live, the server knows exactly when its picture
   * goes stale (every container or network change arrives as an event, and the stream's end drops the
   * picture), so it answers from memory until the next event; otherwise it reads the engine. A read
   * that overlapped an event is returned but not kept: the browser refetches on that event anyway.
   */
  async topology(): Promise<Topology> {
    if (!this.running) this.start();
    const kept = this.snapshot.current;
    if (this.status.state === 'live' && kept) return kept;
    const keep = this.snapshot.beginRead();
    const { read, trusted, patched } = await this.readSince();
    if (this.status.state === 'live') this.keepRead(keep, read, trusted, patched);
    this.served = read.topology;
    return read.topology;
  }

  /**
   * While live, after the engine's own events: a partial read of what they touched, patched into the
   * last kept read (a few ms at 1,000 containers, against 200 ms for the engine's full list); else,
   * or when the patch cannot say, a full read.
   */
  private async readSince(): Promise<{ read: EngineRead; trusted: boolean; patched: boolean }> {
    const changes = this.status.state === 'live' ? [...this.pending] : [];
    if (this.base && changes.length) {
      const trusted = this.baseTrusted;
      const patched = await patchEngineRead(this.client, this.base, changes).catch(() => null);
      if (patched) return { read: patched, trusted, patched: true };
    }
    const read = await this.read();
    // Events go out at once, and the engine's lists show a change 6–19 ms after announcing it: a full
    // read (a swarm, many containers touched) that missed one is read once more, as a patch would be,
    // instead of showing the state before until the settle read.
    if (changes.length && !listsShowAll(read, changes)) {
      await new Promise((r) => setTimeout(r, FULL_READ_RETRY_MS));
      return { read: await this.read(), trusted: false, patched: false };
    }
    return { read, trusted: false, patched: false };
  }

  /** Keeps a read as the snapshot and the base of the next partial read, unless an event overlapped it. */
  private keepRead(keep: (t: Topology) => boolean, read: EngineRead, trusted: boolean, patched = false): boolean {
    if (!keep(read.topology)) return false;
    this.base = read;
    this.pending = [];
    this.baseTrusted = trusted;
    this.keptPatch = patched;
    return true;
  }

  /** Events may have been missed (the stream ended): nothing read before can be patched any more. */
  private dropBase(): void {
    this.base = null;
    this.pending = [];
    this.baseTrusted = false;
    this.keptPatch = false;
  }

  /** One full read of the engine; while a swarm task is on its way to running, another follows (see nudge). */
  private async read(): Promise<EngineRead> {
    const r = await readEngine(this.client, this.opts.engineId);
    if (swarmSettling(r.topology)) this.nudge(SWARM_SETTLE_MS);
    return r;
  }

  /**
   * Reads once more in `delayMs` and tells the browsers if that differs from what they were shown:
   * for changes this engine announces no event for (a swarm task's state; a task of this manager's
   * service starting on another engine). Does nothing while a read is already planned.
   */
  nudge(delayMs = this.opts.settleMs ?? 250): void {
    if (this.settleTimer || !this.running) return;
    this.planSettle(delayMs);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.loop();
    this.planReconcile(this.opts.reconcileMs ?? RECONCILE_MIN_MS);
  }

  /** The next reconciliation in `ms`; each plans the one after it from how long its read took. */
  private planReconcile(ms: number): void {
    const timer: NodeJS.Timeout = setTimeout(async () => {
      const started = performance.now();
      await this.reconcile();
      // Not when stopped meanwhile (a restart has planned its own).
      if (this.running && this.reconcileTimer === timer) this.planReconcile(reconcileInterval(performance.now() - started, this.opts.reconcileMs));
    }, ms);
    timer.unref?.();
    this.reconcileTimer = timer;
  }

  stop(): void {
    this.running = false;
    if (this.reconcileTimer) clearTimeout(this.reconcileTimer);
    this.reconcileTimer = null;
    this.changes.cancel();
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = null;
    this.closeStream();
  }

  private emit(m: WatchMessage): void {
    for (const fn of this.subscribers) {
      try { fn(m); } catch { /* a broken subscriber must not stop the others */ }
    }
  }

  private setState(state: LinkState, error?: AppError): void {
    if (state !== 'live') {
      this.snapshot.invalidate();
      this.dropBase();
    }
    if (this.status.state === state && !error) return;
    this.status = { type: 'state', state, since: Date.now(), ...(error ? { error: error.toJSON().error } : {}) };
    this.emit(this.status);
  }

  private async loop(): Promise<void> {
    while (this.running) {
      try {
        await this.connectOnce();
        this.attempt = 0;
        await this.stream?.ended();
        if (this.running) this.setState('reconnecting');
      } catch (err) {
        const e = err instanceof AppError ? err : new AppError('engine_unreachable', String((err as Error)?.message ?? err));
        this.setState(this.attempt === 0 ? 'reconnecting' : 'unreachable', e);
      }
      this.closeStream();
      if (!this.running) break;
      await new Promise((r) => setTimeout(r, nextBackoff(this.attempt++)));
    }
  }

  /** Subscribes first (so nothing is lost), then resyncs the full topology, then goes live. */
  private async connectOnce(): Promise<void> {
    this.stream = await EventStream.open(this.client, (change) => this.receive(change));
    await this.resync('connected');
    this.setState('live');
  }

  private closeStream(): void {
    this.stream?.close();
    this.stream = null;
  }

  /** Every event drops the snapshot at once, duplicate or not; the debouncer decides what is announced. */
  private receive(change: EngineChange): void {
    this.snapshot.invalidate();
    // Reads that events keep overlapping are never kept: past this, patching is no saving, so read it all.
    if (this.pending.length >= 512) this.dropBase();
    this.pending.push(change);
    this.changes.push(change);
  }

  /** A debounced batch: names it in the activity log, tells the browsers, and plans the settle read. */
  private announce(changes: EngineChange[]): void {
    this.emit({ type: 'changes', changes, activity: this.recorder.record(changes) });
    if (this.settleTimer) clearTimeout(this.settleTimer);
    // Twice: on a busy host the engine's list can lag its event by more than one settle delay.
    this.settleRounds = 2;
    this.planSettle(this.opts.settleMs ?? 250);
  }

  private planSettle(delayMs: number): void {
    this.settleTimer = setTimeout(() => void this.settle(), delayMs);
    this.settleTimer.unref?.();
  }

  /**
   * The engine announces a change a few milliseconds before its container list shows it (6–19 ms
   * measured on 20.10), so a browser that read right after the event may have been shown the state
   * before. Once events have been quiet for a moment the watcher reads again and, only when that
   * differs from what it last served, tells the browsers to read once more.
   */
  private async settle(): Promise<void> {
    this.settleTimer = null;
    if (this.status.state !== 'live') return;
    // What was served was patched, from lists that showed every change, into a base no lag could touch.
    // (A swarm's nudges, for changes no event announces, always read: a swarm is never patched.)
    if (this.snapshot.current && this.keptPatch && this.baseTrusted) return;
    if (--this.settleRounds > 0) this.planSettle(4 * (this.opts.settleMs ?? 250));
    try {
      const keep = this.snapshot.beginRead();
      const r = await this.read();
      if (!this.keepRead(keep, r, true)) return; // more events came: their own settle follows
      const t = r.topology;
      const fp = topologyFingerprint(t);
      this.fingerprint = fp;
      if (fp !== this.servedFingerprint()) {
        this.served = fp;
        this.emit({ type: 'resync', reason: 'settled' });
      }
    } catch { /* the stream's end reports an outage */ }
  }

  private servedFingerprint(): string {
    if (typeof this.served !== 'string') this.served = topologyFingerprint(this.served);
    return this.served;
  }

  private async resync(reason: 'connected' | 'reconciled'): Promise<Topology> {
    const keep = this.snapshot.beginRead();
    const r = await this.read();
    this.keepRead(keep, r, true);
    const t = r.topology;
    this.recorder.learn(t);
    const fp = topologyFingerprint(t);
    if (reason === 'connected' || fp !== this.fingerprint) {
      this.served = fp; // every browser reads again on this message
      this.emit({ type: 'resync', reason });
    }
    this.fingerprint = fp;
    return t;
  }

  private async reconcile(): Promise<void> {
    if (this.status.state !== 'live') return;
    try { await this.resync('reconciled'); } catch { /* the stream's end reports the outage */ }
  }
}
