import type { EngineChange } from '../../topology/engine-change';
import { sameChange } from '../to-engine-change';

/** After a batch goes out, changes arriving within this window go out together at its end. */
const DEBOUNCE_MS = 40;
/** How long (from its arrival here) the latest change per key is remembered for de-duplication. */
const REMEMBER_MS = 5_000;

/**
 * Coalesces the engine's changes into batches and drops its doubled events. The first change after a
 * quiet moment goes out at once (a `network connect` is on its way to the browsers without waiting);
 * what follows it within the window (the rest of a `docker run`: connect, start) goes out as one batch
 * at the window's end, and while changes keep coming, one batch per window. Engine 20.10 sends every
 * `network disconnect` twice, ~3 ms apart when idle and up to ~60 ms apart under load, so the copy
 * often lands after the batch holding the original went out: a change equal to the latest one for the
 * same container and network (see {@link sameChange}: same ids, within 250 ms) is dropped whether or not
 * that one was already flushed. Comparing with the latest only keeps a real disconnect, connect,
 * disconnect sequence intact.
 *
 * Uses the global `setTimeout` and `Date.now`, so tests drive it with fake timers.
 */
export class ChangeDebouncer {
  private queue: EngineChange[] = [];
  /**
   * The latest change per key, flushed or not, and when it arrived (this machine's clock: the engine's
   * may be far off, and a change sent at once must not be forgotten as it goes): what the next is compared with.
   */
  private latest = new Map<string, { change: EngineChange; at: number }>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly onFlush: (changes: EngineChange[]) => void, private readonly windowMs = DEBOUNCE_MS) {}

  /**
   * Sends a change at once when no window is open, else queues it for the window's end; drops it when it
   * repeats the latest one for its key.
   */
  push(change: EngineChange): void {
    const key = changeKey(change);
    const last = this.latest.get(key);
    this.latest.set(key, { change, at: Date.now() });
    if (last && last.at >= Date.now() - REMEMBER_MS && sameChange(last.change, change)) return;
    this.queue.push(change);
    if (!this.timer) this.flush();
  }

  /** Drops the planned flush (the watcher stops); what was queued goes out with the next change. */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Sends what is queued and opens a window; a window that ends with nothing queued closes. */
  private flush(): void {
    this.timer = null;
    const horizon = Date.now() - REMEMBER_MS;
    for (const [k, c] of this.latest) if (c.at < horizon) this.latest.delete(k);
    const changes = this.queue;
    if (changes.length === 0) return;
    this.queue = [];
    this.timer = setTimeout(() => this.flush(), this.windowMs);
    this.onFlush(changes);
  }
}

/** What a duplicate shares with its original: the container, the network and container, or the swarm object. */
function changeKey(c: EngineChange): string {
  if (c.kind === 'swarm') return `s|${c.objectId}`;
  return c.kind === 'network' ? `n|${c.networkId}|${c.containerId ?? ''}` : `c|${c.containerId}`;
}
