/**
 * The server half of one size: a warm `GET /api/topology` against the two list calls the engine
 * must answer for it (listContainers all + listNetworks through dockerode, as the app makes them),
 * timed alternately in the same run so both see the same machine, and the server's memory.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type Docker from 'dockerode';
import { timedGet } from './bench-http';
import { memoryKb } from './bench-scale-proc';
import { median, round } from './bench-stats';

const N = 30;
const WARMUP = 5;

export interface ReadFigures {
  coldMs: number;
  appMs: number[];
  engineMs: number[];
  /** median app / median engine. */
  ratio: number;
  responseBytes: number;
  containers: number;
  networks: number;
  endpoints: number;
}

export interface MemoryFigures {
  pid: number;
  rssKb: number | null;
  peakKb: number | null;
}

/** Times reads until the topology shows `expected` containers (a fresh server reads them all at once). */
export async function measureReads(port: number, docker: Docker, expected: number): Promise<ReadFigures> {
  const agent = new http.Agent({ keepAlive: true });
  const app = async () => {
    const res = await timedGet({ host: '127.0.0.1', port, path: '/api/topology', agent });
    if (res.status !== 200) throw new Error(`GET /api/topology answered ${res.status}: ${res.body.toString().slice(0, 300)}`);
    return res;
  };
  const engine = async () => {
    const t0 = performance.now();
    await Promise.all([docker.listContainers({ all: true }), docker.listNetworks()]);
    return performance.now() - t0;
  };
  const cold = await app();
  let body = JSON.parse(cold.body.toString()) as { containers: unknown[]; networks: unknown[]; endpoints: unknown[] };
  for (let i = 0; i < 100 && body.containers.length < expected; i++) {
    await new Promise((r) => setTimeout(r, 200));
    body = JSON.parse((await app()).body.toString());
  }
  if (body.containers.length < expected) throw new Error(`GET /api/topology shows ${body.containers.length} of ${expected} containers`);
  for (let i = 0; i < WARMUP; i++) await Promise.all([app(), engine()]);
  const appMs: number[] = [];
  const engineMs: number[] = [];
  let size = 0;
  for (let i = 0; i < N; i++) {
    // Alternate which goes first, so neither always gets the caches the other just warmed.
    if (i % 2 === 0) { const r = await app(); appMs.push(r.ms); size = r.body.length; engineMs.push(await engine()); }
    else { engineMs.push(await engine()); const r = await app(); appMs.push(r.ms); size = r.body.length; }
  }
  agent.destroy();
  return {
    coldMs: round(cold.ms), appMs: appMs.map(round), engineMs: engineMs.map(round),
    ratio: Math.round((median(appMs) / median(engineMs)) * 100) / 100, responseBytes: size,
    containers: body.containers.length, networks: body.networks.length, endpoints: body.endpoints.length,
  };
}

/** The server's resident memory now and at its peak. */
export function serverMemory(pid: number): MemoryFigures {
  const m = memoryKb(pid);
  return { pid, rssKb: m?.rssKb ?? null, peakKb: m?.peakKb ?? null };
}
