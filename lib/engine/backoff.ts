/**
 * Delay before reconnect attempt `n` (0-based): exponential from 250 ms, capped at 4 s, with ±25 %
 * jitter so many servers restarting with one engine do not retry in lockstep. The cap keeps the
 * "engine is back" moment within a few seconds.
 */
export function nextBackoff(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(4000, 250 * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.75 + random() * 0.5));
}
