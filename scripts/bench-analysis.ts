/**
 * The analysis part of `npm run bench`: what the doctor, the host-port map and a who-reaches-whom
 * matrix cost per request (the page asks for the doctor's count after every change), and how long a
 * live probe takes, helper container included. Called by scripts/bench.ts on its own topology.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface AnalysisFigures {
  diagnosticsMs: number[];
  portsMs: number[];
  matrixMs: number[];
  /** Containers in the matrix (pairs = n × (n − 1)). */
  matrixSize: number;
  probeMs: number[];
}

export interface AnalysisTarget {
  port: number;
  headers: Record<string, string>;
  /** A bench network: its members make the matrix. */
  network: string;
  /** Two running bench containers on that network: the probe goes from one to the other. */
  from: string;
  to: string;
}

function request(t: AnalysisTarget, method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ ms: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { ...t.headers, Accept: 'application/json' };
    // A probe passes the mutation gate like the page's own requests: same Origin, JSON.
    if (payload) Object.assign(headers, { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${t.port}` });
    const t0 = performance.now();
    const req = http.request({ host: '127.0.0.1', port: t.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        if (res.statusCode !== 200) return reject(new Error(`${method} ${path} answered ${res.statusCode}: ${text.slice(0, 300)}`));
        resolve({ ms: performance.now() - t0, json: JSON.parse(text) });
      });
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.end(payload);
  });
}

async function times(n: number, fn: () => Promise<{ ms: number }>): Promise<number[]> {
  await fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await fn()).ms);
  return out;
}

export async function measureAnalysis(t: AnalysisTarget, n: number, probes: number): Promise<AnalysisFigures> {
  const matrixPath = `/api/reachability?network=${encodeURIComponent(t.network)}`;
  const first = await request(t, 'GET', matrixPath);
  const matrixSize = (first.json as { containers: unknown[] }).containers.length;
  const probeMs = await times(probes, async () => {
    const r = await request(t, 'POST', '/api/probe', { from: t.from, to: t.to, protocol: 'icmp' });
    if (!(r.json as { reachable: boolean }).reachable) throw new Error(`the probe from ${t.from} did not reach ${t.to} on their shared network`);
    return r;
  });
  return {
    diagnosticsMs: await times(n, () => request(t, 'GET', '/api/diagnostics')),
    portsMs: await times(n, () => request(t, 'GET', '/api/ports')),
    matrixMs: await times(n, () => request(t, 'GET', matrixPath)),
    matrixSize,
    probeMs,
  };
}
