import { AppError } from '../errors/app-error';
import type { ActivityEntry, EngineChange, LinkState } from '../topology/engine-change';
import { describeChange } from '../topology/describe-change';
import { swarmSettling } from '../topology/swarm-settling';
import { topologyFingerprint } from '../topology/topology-fingerprint';
import type { Topology } from '../topology/types';
import { ActivityLog } from './activity-log';
import { nextBackoff } from './backoff';
import type { EngineClient } from './engine-client';
import { LineBuffer } from './line-buffer';
import type { RawEvent } from '../wire/raw-event';
import { readTopology } from './read-topology';
import { EVENT_FILTERS, sameChange, toEngineChange } from './to-engine-change';

/** How often a swarm manager is read again while one of its tasks is on its way to running. */
const SWARM_SETTLE_MS = 1000;

/** What the watcher tells its subscribers (the SSE route forwards each as one event). */
export type WatchMessage =
  | { type: 'state'; state: LinkState; since: number; error?: { code: string; message: string; hint?: string } }
  | { type: 'changes'; changes: EngineChange[]; activity: ActivityEntry[] }
  | { type: 'resync'; reason: 'connected' | 'reconciled' | 'settled' };

export interface WatcherOptions {
  /** Events arriving within this window are sent as one message. */
  debounceMs?: number;
  /** Full re-read to catch anything the stream missed. */
  reconcileMs?: number;
  /** How long after a burst of events the watcher reads once more to check what was served. */
  settleMs?: number;
  /** netatlas's id for this engine, stamped on everything read from it. */
  engineId?: string;
}

/**
 * One subscription to one engine's event stream, shared by every browser tab. The read loop only
 * parses and enqueues (the engine drops a listener that stops reading); a short debounce coalesces
 * bursts and drops the engine's duplicate disconnect events. On every (re)connect it first reads the
 * full topology, then trusts events again; a periodic reconciliation catches anything missed.
 * Reconnects with exponential backoff and jitter.
 */
export class EngineWatcher {
  private subscribers = new Set<(m: WatchMessage) => void>();
  private queue: EngineChange[] = [];
  private latest = new Map<string, EngineChange>();
  private flushTimer: NodeJS.Timeout | null = null;
  private settleTimer: NodeJS.Timeout | null = null;
  /** Fingerprint of the last topology handed out by {@link topology}: what the browsers were shown. */
  private served = '';
  private reconcileTimer: NodeJS.Timeout | null = null;
  private stream: NodeJS.ReadableStream | null = null;
  private names = { containers: new Map<string, string>(), networks: new Map<string, string>() };
  private fingerprint = '';
  /** The last topology read while live, valid until the next engine event (see {@link topology}). */
  private snapshot: Topology | null = null;
  /** Bumped by every engine event: a read that overlapped one is not kept as the snapshot. */
  private generation = 0;
  private status: Extract<WatchMessage, { type: 'state' }> = { type: 'state', state: 'connecting', since: Date.now() };
  private running = false;
  private attempt = 0;
  readonly activity = new ActivityLog(300);

  constructor(private readonly client: EngineClient, private readonly opts: WatcherOptions = {}) {}

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
    if (this.status.state === 'live' && this.snapshot) return this.snapshot;
    const generation = this.generation;
    const t = await this.read();
    if (this.status.state === 'live' && generation === this.generation) this.snapshot = t;
    this.served = topologyFingerprint(t);
    return t;
  }

  /** One read of the engine; while a swarm task is on its way to running, another follows (see nudge). */
  private async read(): Promise<Topology> {
    const t = await readTopology(this.client, this.opts.engineId);
    if (swarmSettling(t)) this.nudge(SWARM_SETTLE_MS);
    return t;
  }

  /**
   * Reads once more in `delayMs` and tells the browsers if that differs from what they were shown:
   * for changes this engine announces no event for (a swarm task's state; a task of this manager's
   * service starting on another engine). Does nothing while a read is already planned.
   */
  nudge(delayMs = this.opts.settleMs ?? 250): void {
    if (this.settleTimer || !this.running) return;
    this.settleTimer = setTimeout(() => void this.settle(), delayMs);
    this.settleTimer.unref?.();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.loop();
    this.reconcileTimer = setInterval(() => void this.reconcile(), this.opts.reconcileMs ?? 30_000);
    this.reconcileTimer.unref?.();
  }

  stop(): void {
    this.running = false;
    if (this.reconcileTimer) clearInterval(this.reconcileTimer);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.closeStream();
  }

  private emit(m: WatchMessage): void {
    for (const fn of this.subscribers) {
      try { fn(m); } catch { /* a broken subscriber must not stop the others */ }
    }
  }

  private setState(state: LinkState, error?: AppError): void {
    if (state !== 'live') this.forget();
    if (this.status.state === state && !error) return;
    this.status = { type: 'state', state, since: Date.now(), ...(error ? { error: error.toJSON().error } : {}) };
    this.emit(this.status);
  }

  private async loop(): Promise<void> {
    while (this.running) {
      try {
        await this.connectOnce();
        this.attempt = 0;
        await this.waitForEnd();
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
    const lines = new LineBuffer();
    this.stream = await this.client.call(({ streaming }) => streaming.getEvents({ filters: EVENT_FILTERS }));
    this.stream.on('data', (chunk: Buffer | string) => {
      for (const line of lines.push(chunk.toString())) {
        try {
          const change = toEngineChange(JSON.parse(line) as RawEvent);
          if (change) this.enqueue(change);
        } catch { /* a malformed line is skipped; reconciliation covers it */ }
      }
    });
    await this.resync('connected');
    this.setState('live');
  }

  private waitForEnd(): Promise<void> {
    return new Promise((resolve) => {
      const s = this.stream;
      if (!s) return resolve();
      s.once('end', resolve);
      s.once('close', resolve);
      s.once('error', resolve);
    });
  }

  private closeStream(): void {
    const s = this.stream as (NodeJS.ReadableStream & { destroy?: () => void }) | null;
    this.stream = null;
    s?.removeAllListeners?.('data');
    s?.destroy?.();
  }

  /**
   * Drops the engine's doubled events: a change equal to the latest one for the same container and
   * network, within 250 ms, whether or not that one was already flushed (the copy can arrive up to
   * ~60 ms later under load). Comparing with the latest only keeps a real disconnect, connect,
   * disconnect sequence intact.
   */
  private enqueue(change: EngineChange): void {
    this.forget();
    const key = changeKey(change);
    const last = this.latest.get(key);
    this.latest.set(key, change);
    if (last && sameChange(last, change)) return;
    this.queue.push(change);
    if (!this.flushTimer) this.flushTimer = setTimeout(() => this.flush(), this.opts.debounceMs ?? 40);
  }

  private flush(): void {
    this.flushTimer = null;
    const horizon = Date.now() - 5_000;
    for (const [k, c] of this.latest) if (c.time < horizon) this.latest.delete(k);
    const changes = this.queue;
    this.queue = [];
    if (changes.length === 0) return;
    const entries = changes.map((c) => this.record(c)).filter((e): e is ActivityEntry => e !== null);
    this.emit({ type: 'changes', changes, activity: entries });
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => void this.settle(), this.opts.settleMs ?? 250);
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
    try {
      const generation = this.generation;
      const t = await this.read();
      if (generation !== this.generation) return; // more events came: their own settle follows
      this.snapshot = t;
      const fp = topologyFingerprint(t);
      this.fingerprint = fp;
      if (fp !== this.served) {
        this.served = fp;
        this.emit({ type: 'resync', reason: 'settled' });
      }
    } catch { /* the stream's end reports an outage */ }
  }

  /** Keeps names current (so "removed" lines still say what was removed) and logs the change. */
  private record(c: EngineChange): ActivityEntry | null {
    if (c.kind === 'container' && c.containerName) this.names.containers.set(c.containerId, c.containerName);
    if (c.kind === 'network' && c.networkName) this.names.networks.set(c.networkId, c.networkName);
    const container = c.containerId ? this.names.containers.get(c.containerId) ?? null : null;
    const network = c.kind === 'network' ? this.names.networks.get(c.networkId) ?? null : null;
    const text = describeChange(c, { container, network });
    if (!text) return null;
    return this.activity.add({
      time: c.time || Date.now(), kind: c.kind, action: c.action, containerId: c.containerId,
      containerName: container, networkId: c.kind === 'network' ? c.networkId : null, networkName: network, text,
    });
  }

  /** Drops the snapshot: something changed, or the stream can no longer tell. */
  private forget(): void {
    this.generation++;
    this.snapshot = null;
  }

  private async resync(reason: 'connected' | 'reconciled'): Promise<Topology> {
    const generation = this.generation;
    const t = await this.read();
    if (generation === this.generation) this.snapshot = t;
    for (const c of t.containers) this.names.containers.set(c.id, c.name);
    for (const n of t.networks) this.names.networks.set(n.id, n.name);
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

function changeKey(c: EngineChange): string {
  if (c.kind === 'swarm') return `s|${c.objectId}`;
  return c.kind === 'network' ? `n|${c.networkId}|${c.containerId ?? ''}` : `c|${c.containerId}`;
}
