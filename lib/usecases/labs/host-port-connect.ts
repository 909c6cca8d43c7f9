import 'server-only';
import net from 'node:net';
import type { HostPortOutcome } from '../../labs/lab-outcomes';

const LIMIT_MS = 2_000;

/**
 * A TCP connect from this process to 127.0.0.1:`port`, closed as soon as it is made (no byte sent).
 * Only ever called with the fixed ports of the lab catalogue, never a port a request names.
 */
export function connectLoopback(port: number): Promise<HostPortOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (outcome: HostPortOutcome) => { socket.destroy(); resolve(outcome); };
    socket.setTimeout(LIMIT_MS, () => done({ tried: true, connected: false, error: `did not answer within ${LIMIT_MS / 1000} s` }));
    socket.once('connect', () => done({ tried: true, connected: true, ms: performance.now() - started }));
    socket.once('error', (err: NodeJS.ErrnoException) =>
      done({ tried: true, connected: false, error: err.code === 'ECONNREFUSED' ? 'refused the connection: nothing listens there' : `could not be reached (${err.code ?? err.message})` }));
  });
}
