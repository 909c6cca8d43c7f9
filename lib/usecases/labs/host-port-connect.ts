import 'server-only';
import net from 'node:net';
import type { HostPortOutcome } from '../../labs/lab-outcomes';

const LIMIT_MS = 2_000;
/**
 * Docker's userland proxy accepts a connection to a published port itself and closes it when nothing
 * answers inside the container: a connection still open after this long reached a listener.
 */
const HOLD_MS = 300;

/**
 * A TCP connect from this process to 127.0.0.1:`port` that stays open (no byte sent), then closed.
 * Only ever called with the fixed ports of the lab catalogue, never a port a request names.
 */
export function connectLoopback(port: number): Promise<HostPortOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (outcome: HostPortOutcome) => { socket.destroy(); resolve(outcome); };
    socket.setTimeout(LIMIT_MS, () => done({ tried: true, connected: false, error: `did not answer within ${LIMIT_MS / 1000} s` }));
    socket.once('connect', () => {
      const ms = performance.now() - started;
      const closed = () => done({ tried: true, connected: false, error: 'accepted the connection and closed it at once: nothing listens inside the container (Docker’s proxy answered for it)' });
      socket.once('end', closed);
      socket.once('close', closed);
      setTimeout(() => done({ tried: true, connected: true, ms }), HOLD_MS);
    });
    socket.once('error', (err: NodeJS.ErrnoException) =>
      done({ tried: true, connected: false, error: err.code === 'ECONNREFUSED' ? 'refused the connection: nothing listens there' : `could not be reached (${err.code ?? err.message})` }));
  });
}
