import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { negotiateApiVersion } from '../lib/engine/api-version';

export interface TimedResponse { ms: number; status: number; body: Buffer }

/** The API version the app would speak with an engine, from its `GET /version` answer (the engine's own when it cannot be negotiated). */
export function spokenApiVersion(version: { ApiVersion: string; MinAPIVersion?: string }): string {
  const n = negotiateApiVersion({ apiVersion: version.ApiVersion, minApiVersion: version.MinAPIVersion });
  return n.ok ? n.version : version.ApiVersion;
}

/** GET with the time until the last byte of the body (the benchmark's one way to time a request). */
export function timedGet(options: http.RequestOptions): Promise<TimedResponse> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.get(options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`GET ${options.path} timed out`)));
  });
}
