/**
 * The multi-engine part of `npm run bench`: a second engine of its own (in its own network namespace,
 * 50 running containers on 5 networks) next to the local one (DOCKER_HOST, with the main bench
 * topology), one more app server configured with both (NETATLAS_CONFIG), and
 *  - warm GET /api/topology of both engines against the raw list calls of both engines, in parallel;
 *  - the second engine stopped: how long until the map says so, what reads cost meanwhile, and what
 *    they cost once it is down (one engine down must not slow the map).
 * Figures only, never asserted: the run fails only when the map is wrong (an engine missing, a read
 * not 200). Everything is labelled like the rest of the bench and removed at the end, also on failure.
 * Alone, on the local engine as it is: `node --import tsx scripts/bench-engines.ts` (root, nsenter, ip).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDockerHost } from '../lib/engine/docker-host';
import { startAppServer, type AppServer } from '../test/support/app-server';
import { SecondEngine, secondEngineUnsupported } from '../test/support/second-engine';
import { TEST_IMAGE, TEST_LABEL, createContainer, createNetwork, newRunId } from '../test/support/test-engine';
import { spokenApiVersion, timedGet } from './bench-http';
import { median, p95, round } from './bench-stats';

const CONTAINERS = 50;
const NETWORKS = 5;
const CONCURRENCY = 6;
const PORT = 3198;
const DOWN_TIMEOUT_MS = 15_000;
const SECOND = 'second';

interface Timing { medianMs: number; p95Ms: number }

export interface EngineFigures {
  engines: number;
  /** Containers on the map of both engines, and of them on the second engine. */
  containers: number;
  secondContainers: number;
  app: Timing;
  engineLists: Timing;
  /** Median of the app over the median of both engines' lists. */
  ratio: number;
  /** Reads issued while the second dockerd was shutting down (SIGTERM until it exited). */
  duringStop: Timing & { maxMs: number; reads: number; over100Ms: number; stopMs: number };
  /** From its dockerd's exit until GET /api/topology showed it not live, and the reads of that poll. */
  detected: { afterMs: number; reads: number; maxReadMs: number; state: string };
  /** N reads once it is down: 200, the local engine's containers there, the second one's kept, stale. */
  oneDown: Timing & { maxMs: number };
}

export interface EngineBenchOptions {
  runId: string;
  /** The bench's label (`{ 'netatlas.test': 'bench-<runId>' }`): on everything created here. */
  label: Record<string, string>;
  n: number;
  warmup: number;
  /** Where the config file is written (and removed again). */
  outputDir: string;
  signal: AbortSignal;
}

type Topo = {
  engines: Array<{ id: string; state: string; stale: boolean }>;
  containers: Array<{ engineId: string; labels: Record<string, string> }>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const timing = (xs: number[]): Timing => ({ medianMs: round(median(xs)), p95Ms: round(p95(xs)) });


async function ok(options: http.RequestOptions): Promise<{ ms: number; body: Buffer }> {
  const res = await timedGet(options);
  if (res.status !== 200) throw new Error(`GET ${options.path} answered ${res.status}: ${res.body.toString().slice(0, 300)}`);
  return res;
}

/** Both list calls of one engine over its unix socket (a keep-alive agent of its own), at the API version the app would speak. */
async function rawLists(socketPath: string): Promise<() => Promise<void>> {
  const agent = new http.Agent({ keepAlive: true });
  const v = JSON.parse((await ok({ socketPath, agent, path: '/version' })).body.toString());
  const version = spokenApiVersion(v);
  return async () => {
    await Promise.all([`/v${version}/containers/json?all=1`, `/v${version}/networks`].map((p) => ok({ socketPath, agent, path: p })));
  };
}

/** Runs `fn` over 0..count-1, `concurrency` at a time. */
async function inPool(count: number, concurrency: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await fn(next++);
  }));
}

/** Measures the map of two engines; see the file comment. */
export async function measureEngines(opts: EngineBenchOptions): Promise<EngineFigures> {
  const unsupported = secondEngineUnsupported();
  if (unsupported) throw new Error(`the multi-engine bench needs a second engine: ${unsupported}`);
  const local = parseDockerHost(process.env.DOCKER_HOST);
  if (local.kind !== 'unix') throw new Error('the multi-engine bench reads the local engine over its unix socket (DOCKER_HOST=unix://…)');
  const interrupted = () => { if (opts.signal.aborted) throw new Error('interrupted'); };
  const h2 = new SecondEngine({ id: `bn${opts.runId.slice(-6)}`, pool: '10.214.0.0/16' });
  const config = path.join(opts.outputDir, 'bench-engines.json');
  const prefix = `nt-bench-${opts.runId}-e`;
  let server: AppServer | null = null;
  try {
    await SecondEngine.removeStale();
    await h2.start();
    await h2.loadImage(TEST_IMAGE);
    interrupted();
    const nets: string[] = [];
    // Explicit /24s from the engine's own pool (it has nothing else on it).
    for (let i = 0; i < NETWORKS; i++) {
      nets.push(`${prefix}n${i}`);
      await createNetwork(h2.docker, { name: nets[i], subnet: `10.214.${100 + i}.0/24` }, opts.label);
    }
    await inPool(CONTAINERS, CONCURRENCY, (i) => {
      interrupted();
      return createContainer(h2.docker, { name: `${prefix}c${String(i).padStart(3, '0')}`, networkMode: nets[i % NETWORKS], stopTimeout: 1 }, opts.label);
    });

    fs.mkdirSync(opts.outputDir, { recursive: true });
    fs.writeFileSync(config, `${JSON.stringify({ engines: [{ name: SECOND, host: h2.host }] })}\n`);
    server = await startAppServer({ port: PORT, signal: opts.signal, env: { NETATLAS_CONFIG: config, NETATLAS_READ_ONLY: undefined } });
    const agent = new http.Agent({ keepAlive: true });
    // The server inherits NETATLAS_TOKEN from this environment; when it is set, the API wants it.
    const headers = process.env.NETATLAS_TOKEN ? { authorization: `Bearer ${process.env.NETATLAS_TOKEN}` } : {};
    const port = server.port;
    const app = async () => {
      const r = await ok({ host: '127.0.0.1', port, path: '/api/topology', agent, headers });
      return { ms: r.ms, t: JSON.parse(r.body.toString()) as Topo };
    };
    const [listLocal, listSecond] = await Promise.all([rawLists(local.socketPath), rawLists(h2.socketPath)]);
    const lists = async () => { const t0 = performance.now(); await Promise.all([listLocal(), listSecond()]); return performance.now() - t0; };
    const second = (t: Topo) => t.engines.find((e) => e.id === SECOND);
    const ours = (t: Topo, engineId: string) => t.containers.filter((c) => c.engineId === engineId && c.labels[TEST_LABEL] === opts.label[TEST_LABEL]).length;

    // The first reads may come before both engines have answered (entries say `connecting`).
    let first = (await app()).t;
    for (const deadline = Date.now() + 20_000; first.engines.some((e) => e.state !== 'live') && Date.now() < deadline;) {
      await sleep(100);
      first = (await app()).t;
    }
    const secondContainers = first.containers.filter((c) => c.engineId === SECOND).length;
    // The local engine's id: `default` for DOCKER_HOST, else its context's name.
    const localId = first.engines.find((e) => e.id !== SECOND)?.id ?? 'default';
    const localOurs = ours(first, localId);
    if (first.engines.length !== 2 || first.engines.some((e) => e.state !== 'live') || secondContainers !== CONTAINERS || ours(first, SECOND) !== CONTAINERS) {
      throw new Error(`the map of two engines is not whole: ${JSON.stringify(first.engines.map((e) => [e.id, e.state]))}, ${secondContainers}/${CONTAINERS} containers on "${SECOND}"`);
    }

    for (let i = 0; i < opts.warmup; i++) await Promise.all([app(), lists()]);
    const appMs: number[] = [];
    const engineMs: number[] = [];
    for (let i = 0; i < opts.n && !opts.signal.aborted; i++) {
      // Alternate which goes first, so neither always gets the caches the other just warmed.
      if (i % 2 === 0) { appMs.push((await app()).ms); engineMs.push(await lists()); }
      else { engineMs.push(await lists()); appMs.push((await app()).ms); }
    }
    interrupted();

    // Stop it (SIGTERM: the engine stops its 50 containers first) and keep reading meanwhile.
    const stopT0 = performance.now();
    let stopping = true;
    const stopped = h2.stop().finally(() => { stopping = false; });
    const duringStopMs: number[] = [];
    do { duringStopMs.push((await app()).ms); await sleep(50); } while (stopping);
    await stopped;
    const stoppedAt = performance.now();
    const stopMs = stoppedAt - stopT0;

    // From the moment its dockerd has exited until the map says it is not live.
    const pollMs: number[] = [];
    let down: Topo | null = null;
    for (const deadline = Date.now() + DOWN_TIMEOUT_MS; Date.now() < deadline && !opts.signal.aborted;) {
      const r = await app();
      pollMs.push(r.ms);
      if (second(r.t)?.state !== 'live') { down = r.t; break; }
      await sleep(100);
    }
    interrupted();
    const afterMs = performance.now() - stoppedAt;
    if (!down) throw new Error(`the map still showed "${SECOND}" live ${DOWN_TIMEOUT_MS / 1000} s after its dockerd exited`);

    const downMs: number[] = [];
    for (let i = 0; i < opts.n && !opts.signal.aborted; i++) {
      const { ms, t } = await app();
      const s = second(t);
      const localEngine = t.engines.find((e) => e.id === localId);
      if (s?.state === 'live' || !s?.stale || localEngine?.state !== 'live' || ours(t, localId) !== localOurs || ours(t, SECOND) !== CONTAINERS) {
        throw new Error(`a read with "${SECOND}" down is not the map expected: ${JSON.stringify(t.engines.map((e) => [e.id, e.state, e.stale]))}, `
          + `${ours(t, localId)}/${localOurs} bench containers of the local engine, ${ours(t, SECOND)}/${CONTAINERS} kept of "${SECOND}"`);
      }
      downMs.push(ms);
    }
    interrupted();

    return {
      engines: first.engines.length,
      containers: first.containers.length,
      secondContainers,
      app: timing(appMs),
      engineLists: timing(engineMs),
      ratio: Math.round((median(appMs) / median(engineMs)) * 100) / 100,
      duringStop: { ...timing(duringStopMs), maxMs: round(Math.max(...duringStopMs)), reads: duringStopMs.length, over100Ms: duringStopMs.filter((ms) => ms > 100).length, stopMs: round(stopMs) },
      detected: { afterMs: round(afterMs), reads: pollMs.length, maxReadMs: round(Math.max(...pollMs)), state: second(down)?.state ?? '' },
      oneDown: { ...timing(downMs), maxMs: round(Math.max(...downMs)) },
    };
  } finally {
    await server?.stop();
    await h2.destroy();
    fs.rmSync(config, { force: true });
  }
}

/** The report rows (`row` as in bench.ts: name, median, p95). */
export function printEngineRows(e: EngineFigures, row: (name: string, a: string, b?: string) => void): void {
  row(`GET /api/topology, ${e.engines} engines`, `${e.app.medianMs} ms`, `${e.app.p95Ms} ms`);
  row('both engines: ctrs + networks', `${e.engineLists.medianMs} ms`, `${e.engineLists.p95Ms} ms`);
  row('ratio (median)', e.ratio.toFixed(2));
  row(`reads while it stops (${e.duringStop.reads}, ${(e.duringStop.stopMs / 1000).toFixed(1)} s)`, `${e.duringStop.medianMs} ms`, ` max ${e.duringStop.maxMs} ms`);
  row('dockerd exited -> map says so', `${e.detected.afterMs} ms`, ` ${e.detected.state}`);
  row('GET /api/topology, one engine down', `${e.oneDown.medianMs} ms`, `${e.oneDown.p95Ms} ms`);
}

// Alone: the local engine as it is, plus the second engine of this run.
if (require.main === module) {
  const runId = newRunId();
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  const n = 30;
  measureEngines({ runId, label: { [TEST_LABEL]: `bench-${runId}` }, n, warmup: 5, outputDir: path.resolve(__dirname, '..', '.test-output'), signal: abort.signal }).then(
    (e) => {
      const row = (name: string, a: string, b = '') => console.log(`  ${name.padEnd(34)}${a.padStart(10)}${b.padStart(12)}`);
      console.log(`\nnetatlas bench, engines: ${e.containers} containers on ${e.engines} engines (${e.secondContainers} on "${SECOND}"); N=${n}`);
      row('', 'median', 'p95');
      printEngineRows(e, row);
      console.log(JSON.stringify(e));
      process.exit(0);
    },
    (err) => { console.error(`bench-engines failed: ${err instanceof Error ? err.message : String(err)}`); process.exit(1); },
  );
}
