import { AppError } from '../api/app-error';

export const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';

/** Where an engine listens, parsed from a DOCKER_HOST-style string. */
export type EngineAddress =
  | { kind: 'unix'; socketPath: string; raw: string }
  | { kind: 'tcp'; host: string; port: number; tls: boolean; raw: string };

const FIX = 'Set DOCKER_HOST to unix:///path/to/docker.sock or tcp://HOST:PORT (e.g. unix:///var/run/docker.sock).';

function invalid(raw: string, why: string): AppError {
  return new AppError('invalid_docker_host', `DOCKER_HOST="${raw}" is not usable: ${why}.`, FIX);
}

/**
 * Parses DOCKER_HOST. Accepts `unix:///abs/path` and `tcp://host:port` (TLS when `tls` is asked for,
 * as DOCKER_TLS_VERIFY does). Anything else gets an error naming the value and the fix.
 */
export function parseDockerHost(value: string | undefined, opts: { tls?: boolean } = {}): EngineAddress {
  const raw = (value ?? '').trim() || DEFAULT_DOCKER_HOST;
  if (raw.startsWith('unix://')) {
    const socketPath = raw.slice('unix://'.length);
    if (!socketPath.startsWith('/')) throw invalid(raw, 'a unix socket path must be absolute (unix:///...)');
    return { kind: 'unix', socketPath, raw };
  }
  if (raw.startsWith('tcp://')) {
    let url: URL;
    try {
      url = new URL(raw.replace(/^tcp:/, 'http:'));
    } catch {
      throw invalid(raw, 'it is not a valid tcp://HOST:PORT address');
    }
    if (!url.hostname || (url.pathname && url.pathname !== '/')) throw invalid(raw, 'expected tcp://HOST:PORT');
    const tls = Boolean(opts.tls);
    const port = url.port ? Number(url.port) : tls ? 2376 : 2375;
    return { kind: 'tcp', host: url.hostname.replace(/^\[|\]$/g, ''), port, tls, raw };
  }
  if (raw.startsWith('ssh://')) throw invalid(raw, 'ssh:// engines are not supported yet');
  if (raw.startsWith('npipe://')) throw invalid(raw, 'Windows named pipes are not supported');
  throw invalid(raw, 'the scheme must be unix:// or tcp://');
}
