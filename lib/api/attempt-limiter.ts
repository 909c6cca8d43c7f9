/** How failed attempts are counted and how long a client waits; every duration in milliseconds. */
export interface AttemptLimits {
  /** The sliding window failures are counted in. */
  windowMs: number;
  /** Failures within one window that block the client. */
  maxFailures: number;
  /** The first block; each failure while blocked, or within a window after a block, doubles it. */
  firstBlockMs: number;
  /** The longest block. */
  maxBlockMs: number;
  /** Clients remembered at most (failures from many addresses must not grow memory without end). */
  maxClients: number;
}

export const TOKEN_ATTEMPT_LIMITS: AttemptLimits = {
  windowMs: 60_000,
  maxFailures: 10,
  firstBlockMs: 60_000,
  maxBlockMs: 60 * 60_000,
  maxClients: 10_000,
};

export interface AttemptLimiter {
  /**
   * Counts one failed attempt of `client` and says how many seconds it must wait: 0 when it was not
   * blocked when it tried (the caller answers as for any failure), else the wait (the caller answers 429).
   * Only failures are counted: a right answer is never asked about, so it never waits.
   */
  fail(client: string): number;
}

interface Client {
  /** Times of the failures in the current window (before any block). */
  failures: number[];
  blockedUntil: number;
  /** How many blocks in a row: the next block lasts firstBlockMs * 2^level. */
  level: number;
}

/**
 * Failed attempts per client in a sliding window: `maxFailures` within `windowMs` block the client
 * for `firstBlockMs`; a failure while blocked, or within a window after the block ended, blocks it
 * again for twice as long (up to `maxBlockMs`). State is in memory, one map per limiter.
 */
export function createAttemptLimiter(limits: AttemptLimits = TOKEN_ATTEMPT_LIMITS, now: () => number = Date.now): AttemptLimiter {
  const clients = new Map<string, Client>();
  const blockMs = (level: number) => Math.min(limits.firstBlockMs * 2 ** level, limits.maxBlockMs);
  const isStale = (c: Client, t: number) => t >= c.blockedUntil + limits.windowMs && c.failures.every((f) => f <= t - limits.windowMs);

  function makeRoom(t: number): void {
    if (clients.size < limits.maxClients) return;
    for (const [key, c] of clients) if (isStale(c, t)) clients.delete(key);
    // Still full: forget the longest-known clients first (Map keeps insertion order).
    for (const key of clients.keys()) {
      if (clients.size < limits.maxClients) break;
      clients.delete(key);
    }
  }

  return {
    fail(key) {
      const t = now();
      let c = clients.get(key);
      if (!c || isStale(c, t)) {
        if (c) clients.delete(key);
        makeRoom(t);
        c = { failures: [], blockedUntil: 0, level: 0 };
        clients.set(key, c);
      }
      if (c.level > 0 && t < c.blockedUntil + limits.windowMs) {
        const wasBlocked = t < c.blockedUntil;
        c.blockedUntil = t + blockMs(c.level);
        c.level += 1;
        return wasBlocked ? Math.ceil((c.blockedUntil - t) / 1000) : 0;
      }
      c.failures = [...c.failures.filter((f) => f > t - limits.windowMs), t];
      if (c.failures.length >= limits.maxFailures) {
        c.failures = [];
        c.blockedUntil = t + blockMs(0);
        c.level = 1;
      }
      return 0;
    },
  };
}
