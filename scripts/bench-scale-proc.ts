/**
 * CPU and memory of the processes `npm run bench:scale` watches, read from /proc: the app server
 * (the process that listens on its port) and every Chromium process this script started. /proc is
 * the kernel's own accounting: it sees the browser process and the compositor as well as the page's
 * main thread, which CDP's Performance metrics do not.
 */
import fs from 'node:fs';

/** Clock ticks per second (USER_HZ), 100 on every Linux this runs on. */
const TICK = 100;

function stat(pid: number): { ppid: number; cpu: number } | null {
  try {
    // The command name may hold spaces and parentheses: fields start after the last ") ".
    const raw = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = raw.slice(raw.lastIndexOf(') ') + 2).split(' ');
    return { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / TICK };
  } catch {
    return null;
  }
}

/** utime + stime of one process in seconds (0 once it is gone). */
export function cpuSeconds(pid: number): number {
  return stat(pid)?.cpu ?? 0;
}

/** Peak and current resident memory of a process in kB (VmHWM, VmRSS), or null when it is gone. */
export function memoryKb(pid: number): { rssKb: number; peakKb: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssKb: kb('VmRSS'), peakKb: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** A Chromium process of ours, by its role (`browser`, `renderer`, `gpu-process`, `utility`, `zygote`). */
export interface BrowserProcess {
  pid: number;
  type: string;
}

/** Every process's parent, from /proc. */
function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(Number(entry));
    if (s) parents.set(Number(entry), s.ppid);
  }
  return parents;
}

/** True when `root` is among `pid`'s ancestors (not `pid` itself). */
function descendsFrom(pid: number, root: number, parents: Map<number, number>): boolean {
  for (let p = parents.get(pid) ?? 0, hops = 0; p > 1 && hops < 64; p = parents.get(p) ?? 0, hops++) if (p === root) return true;
  return false;
}

/** utime + stime of a process and every process below it, in seconds (an engine: dockerd, containerd, the shims). */
export function treeCpuSeconds(root: number): number {
  const parents = processParents();
  let total = cpuSeconds(root);
  for (const pid of parents.keys()) if (descendsFrom(pid, root, parents)) total += cpuSeconds(pid);
  return total;
}

/**
 * Every Chromium process descending from this script (Playwright's browser, its zygotes, renderers,
 * GPU and utility processes), found by walking parent links: the app server is also a descendant,
 * so only processes running the Chromium binary count.
 */
export function chromiumProcesses(executable: string): BrowserProcess[] {
  const real = fs.realpathSync(executable);
  const parents = processParents();
  const ours = (pid: number): boolean => descendsFrom(pid, process.pid, parents);
  const out: BrowserProcess[] = [];
  for (const pid of parents.keys()) {
    if (pid === process.pid || !ours(pid)) continue;
    try {
      if (fs.readlinkSync(`/proc/${pid}/exe`) !== real) continue;
      // Chromium rewrites its children's argv into one space-separated title: search the whole line.
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const type = /--type=([\w-]+)/.exec(cmdline)?.[1] ?? 'browser';
      out.push({ pid, type });
    } catch {
      /* ended meanwhile */
    }
  }
  return out;
}

/** CPU seconds per Chromium process type, summed over that type's processes. */
export function chromiumCpuByType(processes: BrowserProcess[]): Record<string, number> {
  const by: Record<string, number> = {};
  for (const p of processes) by[p.type] = (by[p.type] ?? 0) + cpuSeconds(p.pid);
  return by;
}
