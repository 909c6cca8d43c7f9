/**
 * A unix socket in front of the real engine that counts the requests passing through it: point a server's
 * DOCKER_HOST at it to prove that a request reached the engine, or that it did not.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface CountingEngine {
  /** DOCKER_HOST for the server under test: unix:///…/engine.sock. */
  host: string;
  /** HTTP requests sent to the engine so far (request lines seen). */
  requests(): number;
  close(): Promise<void>;
}

const REQUEST_LINE = /(?:^|\r\n)(?:GET|HEAD|POST|PUT|DELETE|PATCH|OPTIONS) \S+ HTTP\/1\.[01]\r\n/g;

/** Starts the counting socket in front of `engineHost` (a unix:// DOCKER_HOST; default the usual socket). */
export async function countingEngine(engineHost = process.env.DOCKER_HOST || 'unix:///var/run/docker.sock'): Promise<CountingEngine> {
  if (!engineHost.startsWith('unix://')) throw new Error(`countingEngine needs a unix:// engine, not ${engineHost}`);
  const target = engineHost.slice('unix://'.length);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netatlas-count-'));
  const socketPath = path.join(dir, 'engine.sock');
  let count = 0;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target);
    open.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => { count += chunk.toString('latin1').match(REQUEST_LINE)?.length ?? 0; });
    client.pipe(upstream).pipe(client);
    const end = () => { client.destroy(); upstream.destroy(); open.delete(client); open.delete(upstream); };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return {
    host: `unix://${socketPath}`,
    requests: () => count,
    close: () => new Promise<void>((resolve) => {
      for (const s of open) s.destroy();
      server.close(() => { fs.rmSync(dir, { recursive: true, force: true }); resolve(); });
    }),
  };
}
