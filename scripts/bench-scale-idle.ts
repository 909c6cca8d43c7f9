/**
 * A minute of nothing: the page open, the engine unchanged. What a dashboard left open on a wall costs:
 * Chromium's CPU (browser and renderer processes from /proc, every process type, and the page's main
 * thread from CDP Performance metrics), the server's CPU, the bytes that still arrive, and the DOM
 * mutations that still happen (by the test id or class they touched: what re-renders when idle).
 */
import { performance } from 'node:perf_hooks';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { chromiumPath } from '../e2e/chromium';
import type { ByteLedger } from './bench-scale-bytes';
import { startMutations, stopMutations } from './bench-scale-page';
import { chromiumCpuByType, chromiumProcesses, cpuSeconds, memoryKb } from './bench-scale-proc';

export interface IdleFigures {
  seconds: number;
  /** % of one core: Chromium's browser + renderer processes (/proc utime+stime). */
  chromiumPercent: number;
  /** % of one core per Chromium process type (gpu-process and utility included). */
  chromiumByType: Record<string, number>;
  /** % of one core: CDP Performance.getMetrics TaskDuration / ScriptDuration deltas (the page's main thread). */
  cdpTaskPercent: number;
  cdpScriptPercent: number;
  /** % of one core: the process listening on the app's port. */
  serverPercent: number;
  /** That process's resident memory at the end of the window, and its peak so far, kB. */
  serverRssKb: number | null;
  serverPeakKb: number | null;
  bytes: number;
  mutations: { records: number; top: Array<[string, number]> };
}

const sum = (o: Record<string, number>, keys?: string[]) => Object.entries(o).filter(([k]) => !keys || keys.includes(k)).reduce((s, [, v]) => s + v, 0);

async function taskSeconds(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

/** % of one core, two decimals: `cpu` seconds of CPU over `wall` seconds. */
const pct = (cpu: number, wall: number) => Math.round((cpu / wall) * 10_000) / 100;

/** Keeps the page open (and its event loop served) until `seconds` after `since` (performance.now()). */
async function waitPageOpen(page: Page, since: number, seconds: number, signal: AbortSignal): Promise<void> {
  while (performance.now() - since < seconds * 1000 && !signal.aborted) await page.waitForTimeout(Math.min(1000, Math.max(1, seconds * 1000 - (performance.now() - since))));
}

/** Where the server's window at rest starts: its CPU and the time then (see measureServerRest). */
export const serverRestFrom = (pid: number) => ({ cpu: cpuSeconds(pid), at: performance.now() });

/** The server's CPU from `from` until `seconds` after it, the page still open: % of one core. */
export async function measureServerRest(page: Page, pid: number, from: ReturnType<typeof serverRestFrom>, seconds: number, signal: AbortSignal): Promise<{ seconds: number; percent: number }> {
  await waitPageOpen(page, from.at, seconds, signal);
  const wall = (performance.now() - from.at) / 1000;
  return { seconds: Math.round(wall), percent: pct(cpuSeconds(pid) - from.cpu, wall) };
}

/** `seconds` with the page open and nothing changing on the engine. */
export async function measureIdle(page: Page, cdp: CDPSession, ledger: ByteLedger, serverPid: number, seconds: number, signal: AbortSignal): Promise<IdleFigures> {
  await cdp.send('Performance.enable');
  const procs = chromiumProcesses(chromiumPath());
  const [c0, m0, s0, t0] = [chromiumCpuByType(procs), await taskSeconds(cdp), cpuSeconds(serverPid), performance.now()];
  await page.evaluate(startMutations);
  await waitPageOpen(page, t0, seconds, signal);
  const [c1, m1, s1, t1] = [chromiumCpuByType(procs), await taskSeconds(cdp), cpuSeconds(serverPid), performance.now()];
  const wall = (t1 - t0) / 1000;
  const byType = Object.fromEntries(Object.keys(c1).map((k) => [k, pct(c1[k] - (c0[k] ?? 0), wall)]));
  return {
    seconds: Math.round(wall * 10) / 10,
    chromiumPercent: pct(sum(c1, ['browser', 'renderer']) - sum(c0, ['browser', 'renderer']), wall),
    chromiumByType: byType,
    cdpTaskPercent: pct(m1.task - m0.task, wall), cdpScriptPercent: pct(m1.script - m0.script, wall),
    serverPercent: pct(s1 - s0, wall),
    serverRssKb: memoryKb(serverPid)?.rssKb ?? null, serverPeakKb: memoryKb(serverPid)?.peakKb ?? null,
    bytes: ledger.between(t0, t1),
    mutations: await page.evaluate(stopMutations),
  };
}

/** Chromium's own idle cost: browser + renderer % of one core, and by process type. */
export interface BaselineFigures {
  seconds: number;
  chromiumPercent: number;
  chromiumByType: Record<string, number>;
}

/**
 * The same idle window with only about:blank open in a browser launched the same way: what headless
 * Chromium costs by itself on this machine, to tell the dashboard's share from the browser's.
 */
export async function measureBlankBaseline(browser: Browser, seconds: number): Promise<BaselineFigures> {
  const page = await browser.newPage();
  await page.goto('about:blank');
  await page.waitForTimeout(2000);
  const procs = chromiumProcesses(chromiumPath());
  const [c0, t0] = [chromiumCpuByType(procs), performance.now()];
  await page.waitForTimeout(seconds * 1000);
  const [c1, t1] = [chromiumCpuByType(procs), performance.now()];
  const wall = (t1 - t0) / 1000;
  const pct = (s: number) => Math.round((s / wall) * 10_000) / 100;
  await page.close();
  return {
    seconds: Math.round(wall * 10) / 10,
    chromiumPercent: pct(sum(c1, ['browser', 'renderer']) - sum(c0, ['browser', 'renderer'])),
    chromiumByType: Object.fromEntries(Object.keys(c1).map((k) => [k, pct(c1[k] - (c0[k] ?? 0))])),
  };
}
