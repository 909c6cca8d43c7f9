/**
 * Waits until the machine is quiet before a size is measured. Growing the host by 900 containers
 * leaves the engine busy for a while after the last `docker run` returns (the 1-minute load average
 * read 26 at the start of the 1,000 size), and everything measured then — the docker CLI itself
 * included — measured that backlog rather than the dashboard. The machine's CPU share comes from
 * /proc/stat (all cores, every process); the wait and the share it ended at are reported beside the
 * figures, and a machine that never quietens is measured anyway, saying so.
 */
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Busy and total jiffies of all cores since boot (the first line of /proc/stat). */
function cpuJiffies(): { busy: number; total: number } {
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are not work.
  const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - f[3] - f[4], total };
}

export interface QuietWait {
  /** Seconds waited before measuring. */
  waitedS: number;
  /** The machine's busy share over the last second waited, 0–1 of all cores. */
  busy: number;
  /** False when the machine was still busy after `maxS` and was measured anyway. */
  quiet: boolean;
}

export interface QuietOptions {
  /** Quiet: under this share of all cores busy... */
  below: number;
  /** ...for this many consecutive seconds. */
  forS: number;
  /** Measure anyway after this long. */
  maxS: number;
  signal?: AbortSignal;
}

export const QUIET: QuietOptions = { below: 0.25, forS: 3, maxS: 180 };

/** Samples the machine's CPU each second until it has been quiet for `forS` seconds in a row, or `maxS` passed. */
export async function waitForQuiet(o: QuietOptions = QUIET): Promise<QuietWait> {
  const started = Date.now();
  let calm = 0;
  let busy = 1;
  let last = cpuJiffies();
  while ((Date.now() - started) / 1000 < o.maxS && !o.signal?.aborted) {
    await sleep(1000);
    const now = cpuJiffies();
    busy = now.total > last.total ? (now.busy - last.busy) / (now.total - last.total) : 0;
    last = now;
    calm = busy < o.below ? calm + 1 : 0;
    if (calm >= o.forS) return { waitedS: Math.round((Date.now() - started) / 1000), busy, quiet: true };
  }
  return { waitedS: Math.round((Date.now() - started) / 1000), busy, quiet: false };
}
