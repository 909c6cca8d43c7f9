/**
 * Waits until the machine is quiet before a size is measured. Growing the host by 900 containers
 * leaves the engine busy for a while after the last `docker run` returns (the 1-minute load average
 * read 26 at the start of the 1,000 size), and everything measured then — the docker CLI itself
 * included — measured that backlog rather than the dashboard. The machine's CPU share comes from
 * /proc/stat (all cores, every process); the wait and the share it ended at are reported beside the
 * figures, and a machine that never quietens is measured anyway, saying so. The whole machine's share
 * alone would let a backlog on one or two cores of a many-core machine pass as quiet, so the engine's
 * own processes (dockerd, containerd, the shims) must be quiet too.
 */
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { treeCpuSeconds } from './bench-scale-proc';

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
  /** The engine's processes over the last second waited, share of one core (null: not watched). */
  engine: number | null;
  /** False when the machine was still busy after `maxS` and was measured anyway. */
  quiet: boolean;
}

export interface QuietOptions {
  /** Quiet: under this share of all cores busy... */
  below: number;
  /** ...for this many consecutive seconds. */
  forS: number;
  /** ...and the engine's processes under this share of one core (when `enginePid` is given). */
  engineBelow: number;
  /** Measure anyway after this long. */
  maxS: number;
  /** The engine's dockerd: its process tree is watched too. */
  enginePid?: number | null;
  signal?: AbortSignal;
}

export const QUIET: QuietOptions = { below: 0.25, forS: 3, engineBelow: 0.1, maxS: 180 };

/** Samples the machine's CPU (and the engine's) each second until both have been quiet for `forS` seconds in a row, or `maxS` passed. */
export async function waitForQuiet(o: QuietOptions = QUIET): Promise<QuietWait> {
  const started = Date.now();
  const engineCpu = () => (o.enginePid ? treeCpuSeconds(o.enginePid) : 0);
  let calm = 0;
  let busy = 1;
  let engine: number | null = o.enginePid ? 1 : null;
  let last = cpuJiffies();
  let lastEngine = engineCpu();
  const result = (quiet: boolean): QuietWait => ({ waitedS: Math.round((Date.now() - started) / 1000), busy, engine, quiet });
  while ((Date.now() - started) / 1000 < o.maxS && !o.signal?.aborted) {
    await sleep(1000);
    const now = cpuJiffies();
    const nowEngine = engineCpu();
    busy = now.total > last.total ? (now.busy - last.busy) / (now.total - last.total) : 0;
    // A shim that exits takes its CPU time with it: a negative step is read as none.
    if (engine !== null) engine = Math.max(0, nowEngine - lastEngine);
    last = now;
    lastEngine = nowEngine;
    calm = busy < o.below && (engine === null || engine < o.engineBelow) ? calm + 1 : 0;
    if (calm >= o.forS) return result(true);
  }
  return result(false);
}
