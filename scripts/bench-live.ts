/**
 * The live part of `npm run bench`: event-to-screen latency in Chromium, the server's CPU while idle
 * with a tab open, and the cost of the first read after a change. Called by scripts/bench.ts on its
 * own topology; everything it creates carries the bench's label.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { DOCKER_CLI } from '../test/support/test-engine';

const run = promisify(execFile);
const CHANGES = 20;
const IDLE_SECONDS = 60;
const TICK = 100; // clock ticks per second on Linux

export interface LiveFigures {
  latencyMs: number[];
  idleCpuPercent: number;
  idleSeconds: number;
  afterChangeMs: number[];
}

/** utime + stime of a process, in seconds. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICK;
}

const edge = (network: string, container: string) =>
  `g[data-testid="endpoint-edge"][data-network="${network}"][data-container="${container}"]`;

async function cli(args: string[]): Promise<void> {
  await run(DOCKER_CLI, args, { env: process.env });
}

/** CLI `network connect`/`disconnect` issued -> the edge appears/disappears in the open page. */
async function latency(page: Page, network: string, container: string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const connect = i % 2 === 0;
    const t0 = performance.now();
    const seen = page.waitForSelector(edge(network, container), { state: connect ? 'attached' : 'detached', timeout: 10_000 });
    await cli(['network', connect ? 'connect' : 'disconnect', network, container]);
    await seen;
    out.push(performance.now() - t0);
    await page.waitForTimeout(300);
  }
  return out;
}

function timedGet(port: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    http.get({ host: '127.0.0.1', port, path: '/api/topology', headers }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - t0) : reject(new Error(`GET /api/topology: ${res.statusCode}`))));
    }).on('error', reject);
  });
}

/** Measures the live figures against a running app whose listening process is `pid`. */
export async function measureLive(opts: {
  url: string; port: number; pid: number; network: string; container: string; headers: Record<string, string>;
}): Promise<LiveFigures> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, extraHTTPHeaders: opts.headers });
    const page = await context.newPage();
    await page.goto(opts.url);
    await page.waitForSelector('[data-testid="connection-status"][data-state="live"]', { timeout: 60_000 });
    // A host whose container view is not legible fitted opens on the overview (chooseMapLevel); the
    // edges measured here are the container view's.
    const containersLevel = page.getByRole('radio', { name: 'Containers' });
    if ((await containersLevel.count()) > 0 && (await containersLevel.getAttribute('aria-checked')) !== 'true') await containersLevel.click();
    await page.waitForSelector('[data-testid="container-node"]');
    const latencyMs = await latency(page, opts.network, opts.container);

    // Idle: the page stays open (one event stream, heartbeats), nothing changes on the engine.
    await page.waitForTimeout(2000);
    const c0 = cpuSeconds(opts.pid);
    const t0 = performance.now();
    await page.waitForTimeout(IDLE_SECONDS * 1000);
    const idleSeconds = (performance.now() - t0) / 1000;
    const idleCpuPercent = ((cpuSeconds(opts.pid) - c0) / idleSeconds) * 100;
    await browser.close();

    // The first read after a change cannot come from memory: what a browser pays right after an event.
    const afterChangeMs: number[] = [];
    for (let i = 0; i < 10; i++) {
      await cli(['network', i % 2 === 0 ? 'connect' : 'disconnect', opts.network, opts.container]);
      await new Promise((r) => setTimeout(r, 150));
      afterChangeMs.push(await timedGet(opts.port, opts.headers));
    }
    return { latencyMs, idleCpuPercent, idleSeconds, afterChangeMs };
  } finally {
    await browser.close().catch(() => undefined);
  }
}
