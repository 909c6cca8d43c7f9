/** The default and shortest pause between two reconciliations (full re-reads that catch a missed event). */
export const RECONCILE_MIN_MS = 30_000;
/** The longest: a change the events never announced shows within this much at worst, however big the engine. */
export const RECONCILE_MAX_MS = 3 * 60_000;
/**
 * The share of the time a reconciliation may take, counted in its read's wall time (the engine's work and
 * ours: both are the host's CPU). On a small engine a read takes tens of ms and the pause is the shortest;
 * at 1,000 containers a read takes a few hundred ms, and at every 30 s it was most of an idle server's CPU.
 */
export const RECONCILE_BUDGET = 0.0025;

/**
 * The pause before the next reconciliation, from how long the last one's read took: long enough that
 * reading stays within RECONCILE_BUDGET of the time, between `minMs` and RECONCILE_MAX_MS (never below
 * `minMs`, which a caller may set higher). Pure.
 */
export function reconcileInterval(lastReadMs: number, minMs = RECONCILE_MIN_MS): number {
  const readMs = Number.isFinite(lastReadMs) ? Math.max(0, lastReadMs) : 0;
  const budgeted = Math.min(RECONCILE_MAX_MS, Math.ceil(readMs / RECONCILE_BUDGET));
  return Math.max(minMs, budgeted);
}
