/**
 * npm run bench:scale — issue 13, "A thousand containers": what the dashboard costs at 100 and at
 * 1,000 containers, side by side from one run, against the issue's floors (printed as meets/misses;
 * only errors exit non-zero).
 *
 * The host is a dedicated engine of its own (test/support/second-engine.ts: its own dockerd in its
 * own network namespace, address pool 10.225.0.0/16), never the main engine other tests share. On
 * it: 50 networks of 20 compose projects, then 100 containers (`sleep infinity`, `--dns 127.0.0.1`,
 * a third on two networks, every tenth publishing a port); everything is measured; the same host
 * grows to 1,000 and everything is measured again, each size against a freshly started production
 * server (test/support/app-server.ts, which builds first when the build is stale). All of it is
 * labelled `netatlas.test=bench-scale-<runId>` and removed at the end with the engine, also on
 * failure and on Ctrl-C.
 *
 * Before the first size, Chromium idles on about:blank for the same window: its own cost on this
 * machine, printed beside the dashboard's.
 *
 * Output: a markdown table on stdout and in .test-output/bench-scale.md, raw samples in
 * .test-output/bench-scale.json, screenshots of each view as loaded and fitted beside them.
 *
 * For development (smaller and quicker, same code paths):
 *   NETATLAS_BENCH_SCALE_SIZES=20,60   population sizes instead of 100,1000 (floors: first ↔ 100, last ↔ 1,000)
 *   NETATLAS_BENCH_SCALE_IDLE_S=10     idle window instead of 60 s
 *   NETATLAS_BENCH_SCALE_SERVER_REST_S=30  the server's window at rest instead of 180 s (at least the idle window)
 */
import os from 'node:os';
import path from 'node:path';
import { SecondEngine, secondEngineUnsupported } from '../test/support/second-engine';
import { listeningPid, startAppServer, type AppServer } from '../test/support/app-server';
import { TEST_IMAGE, ensureImage, newRunId } from '../test/support/test-engine';
import { ensureDir, launchChromium, measureBrowser } from './bench-scale-browser';
import { measureBlankBaseline, type BaselineFigures } from './bench-scale-idle';
import { ScalePopulation } from './bench-scale-population';
import { toMarkdown, writeResults, type Machine, type SizeFigures } from './bench-scale-report';
import { measureReads, serverMemory } from './bench-scale-server';
import { abortOnSignals } from './abort-on-signals';
import { QUIET, waitForQuiet } from './bench-quiet';

const SIZES = (process.env.NETATLAS_BENCH_SCALE_SIZES || '100,1000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const IDLE_SECONDS = Number(process.env.NETATLAS_BENCH_SCALE_IDLE_S || 60);
/** The server's window at rest (from the settled idle minute on): see BrowserFigures.serverAtRest. */
const SERVER_REST_SECONDS = Math.max(IDLE_SECONDS, Number(process.env.NETATLAS_BENCH_SCALE_SERVER_REST_S || 180));
const CHANGES = 20;
const OUTPUT = path.resolve(__dirname, '..', '.test-output');
const runId = newRunId();
const abort = new AbortController();
const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** One size: a fresh server on the grown host, its reads and memory, then the browser figures. */
async function measureSize(h: SecondEngine, pop: ScalePopulation): Promise<SizeFigures> {
  let server: AppServer | null = null;
  let onExit: ((code: number | null, signal: NodeJS.Signals | null) => void) | null = null;
  try {
    log(`waiting for the machine to quieten (under ${QUIET.below * 100} % of all cores and the engine under ${QUIET.engineBelow * 100} % of one, for ${QUIET.forS} s; at most ${QUIET.maxS} s)...`);
    const quiet = await waitForQuiet({ ...QUIET, enginePid: h.pid, signal: abort.signal });
    log(`  ${quiet.quiet ? 'quiet' : 'still busy'} after ${quiet.waitedS} s (machine ${Math.round(quiet.busy * 100)} % busy, engine ${quiet.engine === null ? '?' : `${Math.round(quiet.engine * 100)} %`} of a core)`);
    const loadBefore = os.loadavg()[0];
    log(`starting the app against the scale engine (${pop.containers.length} containers)...`);
    server = await startAppServer({
      port: 3260, signal: abort.signal,
      env: { DOCKER_HOST: h.host, NETATLAS_TOKEN: undefined, NETATLAS_READ_ONLY: undefined, NETATLAS_CONFIG: '' },
    });
    const pid = listeningPid(server.port);
    if (!pid) throw new Error(`nothing listens on port ${server.port}`);
    const t0 = Date.now();
    let exited: string | null = null;
    // This script stops the server only in `finally`: an exit before that is not its doing, and is reported.
    onExit = (code, signal) => {
      exited = `${((Date.now() - t0) / 1000).toFixed(0)} s after it started (code ${code}, signal ${signal})`;
      log(`  ! the app server exited ${exited}`);
    };
    server.child.once('exit', onExit);
    log('  warm GET /api/topology against the engine list calls (N = 30)...');
    const reads = await measureReads(server.port, h.docker, pop.containers.length);
    const browser = await measureBrowser({
      url: server.url, host: h.host, serverPid: pid, networksOnEngine: reads.networks, placed: pop.containers,
      idleSeconds: IDLE_SECONDS, serverRestSeconds: SERVER_REST_SECONDS, changes: CHANGES, outputDir: ensureDir(OUTPUT), signal: abort.signal, log,
    });
    const memory = serverMemory(pid);
    return { containers: pop.containers.length, reads, browser, memory, serverExited: exited, loadAverage: [loadBefore, os.loadavg()[0]], quiet };
  } finally {
    if (onExit) server?.child.off('exit', onExit);
    await server?.stop();
  }
}

async function blankBaseline(): Promise<BaselineFigures> {
  const browser = await launchChromium();
  try {
    return await measureBlankBaseline(browser, IDLE_SECONDS);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

async function machine(h: SecondEngine): Promise<Machine> {
  const v = await h.docker.version();
  return {
    cores: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '?', memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version, engineVersion: v.Version, engineApi: v.ApiVersion, date: new Date().toISOString(),
  };
}

async function main(): Promise<void> {
  const cannot = secondEngineUnsupported();
  if (cannot) throw new Error(`the scale benchmark runs on an engine of its own: ${cannot}`);
  const stale = await SecondEngine.removeStale();
  if (stale.length) log(`removed engines of crashed runs: ${stale.join(', ')}`);
  const h = new SecondEngine({ id: `sc${runId.slice(-6)}`, pool: '10.225.0.0/16' });
  const pop = new ScalePopulation(h.docker, `bench-scale-${runId}`, `sc${runId.slice(-4)}`, abort.signal);
  try {
    log(`starting a dedicated engine (${h.host})...`);
    await h.start();
    await ensureImage(h.docker, TEST_IMAGE);
    await pop.createNetworks();
    log(`${pop.networkNames.length} networks in ${pop.projects.length} projects`);
    log(`Chromium's own idle cost: about:blank for ${IDLE_SECONDS} s...`);
    const baseline = await blankBaseline();
    const figures: SizeFigures[] = [];
    for (const size of SIZES) {
      log(`growing to ${size} containers...`);
      await pop.growTo(size, log);
      figures.push(await measureSize(h, pop));
    }
    const wall = (Date.now() - started) / 1000;
    const m = await machine(h);
    const markdown = toMarkdown(m, figures, baseline, wall, IDLE_SECONDS);
    writeResults(OUTPUT, markdown, { runId, machine: m, wallSeconds: Math.round(wall), idleSeconds: IDLE_SECONDS, chromiumBaseline: baseline, sizes: figures });
    console.log(`\n${markdown}\nWritten to .test-output/bench-scale.md and .test-output/bench-scale.json.`);
  } finally {
    log('cleaning up...');
    try {
      if (h.pid) {
        const removed = await pop.remove();
        log(`removed ${removed.containers} containers and ${removed.networks} networks labelled netatlas.test=bench-scale-${runId}`);
      }
    } catch (err) {
      console.error(`removing the population failed (${messageOf(err)}); the engine goes with everything on it anyway`);
    }
    await h.destroy();
    log(`the scale engine and its namespace are gone (${((Date.now() - started) / 60_000).toFixed(1)} min in all)`);
  }
}

abortOnSignals(abort, 'Quit without cleaning up: the next run removes the stale engine (SecondEngine.removeStale).');

main().then(
  () => process.exit(abort.signal.aborted ? 130 : 0),
  (err) => {
    console.error(`bench:scale failed: ${messageOf(err)}`);
    process.exit(abort.signal.aborted ? 130 : 1);
  },
);
