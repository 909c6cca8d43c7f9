/**
 * Everything a subscription delivered, with the time each message arrived, and ways to wait for the
 * next one that matters. Used for the EngineWatcher's messages and for server-sent events alike.
 */

export interface Logged<T> {
  message: T;
  /** Arrival time, ms since the epoch (comparable with engine event times). */
  at: number;
}

export interface WaitOptions {
  /** Only entries at this index or later count (take `log.length` before acting). */
  from?: number;
  timeoutMs?: number;
  /** What is awaited, for the time-out message. */
  what?: string;
}

export class MessageLog<T> {
  readonly entries: Array<Logged<T>> = [];
  private wakers = new Set<() => void>();

  /** Records a message (hand this to the subscription). */
  readonly push = (message: T): void => {
    this.entries.push({ message, at: Date.now() });
    for (const wake of [...this.wakers]) wake();
  };

  get length(): number {
    return this.entries.length;
  }

  /** Entries from index `from` on. */
  since(from: number): Array<Logged<T>> {
    return this.entries.slice(from);
  }

  /** The first entry (at index `from` or later) that matches, as soon as it arrives. */
  waitFor(match: (m: T) => boolean, opts: WaitOptions = {}): Promise<Logged<T>> {
    const { from = 0, timeoutMs = 5_000, what = 'a matching message' } = opts;
    return new Promise((resolve, reject) => {
      let checked = from;
      const check = () => {
        for (; checked < this.entries.length; checked++) {
          if (match(this.entries[checked].message)) {
            done();
            resolve(this.entries[checked]);
            return;
          }
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no ${what} within ${timeoutMs} ms (${this.entries.length - from} other message(s) arrived)`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(check);
      };
      this.wakers.add(check);
      check();
    });
  }

  /**
   * Resolves once nothing arrived for `quietMs` (counting from the call at the earliest), or after
   * `maxMs` in all, whichever comes first.
   */
  async quiet(quietMs: number, maxMs = 60_000): Promise<void> {
    const start = Date.now();
    const deadline = start + maxMs;
    for (;;) {
      const last = Math.max(start, this.entries.at(-1)?.at ?? 0);
      const wait = last + quietMs - Date.now();
      if (wait <= 0 || Date.now() >= deadline) return;
      await new Promise((r) => setTimeout(r, Math.min(wait, deadline - Date.now())));
    }
  }
}
