import { AppError } from '../errors/app-error';

export const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';

/** Where an engine listens, parsed from a DOCKER_HOST-style string. */
export type EngineAddress =
  | { kind: 'unix'; socketPath: string; raw: string }
  | { kind: 'tcp'; host: string; port: number; tls: boolean; raw: string }
  /** `docker system dial-stdio` run on `host` over SSH; `username` null means the local user's name. */
  | { kind: 'ssh'; host: string; port: number; username: string | null; raw: string };

/** An address, or why the string is not one (words that fit after "…is not usable: "). */
export type ParsedEngineHost = { ok: true; address: EngineAddress } | { ok: false; why: string };

const FIX = 'Set DOCKER_HOST to unix:///path/to/docker.sock, tcp://HOST:PORT or ssh://USER@HOST (e.g. unix:///var/run/docker.sock).';

function asUrl(raw: string, scheme: string): URL | null {
  try {
    return new URL(raw.replace(new RegExp(`^${scheme}:`), 'http:'));
  } catch {
    return null;
  }
}

const noBrackets = (hostname: string) => hostname.replace(/^\[|\]$/g, '');

/**
 * An address as it may be shown (error messages, logs, the page): any `user:password@` part masked. Accepted
 * addresses never carry a password (refused below); this is for the words about one that was refused.
 */
export function maskedAddress(raw: string): string {
  return raw.replace(/^([a-z]+:\/\/)[^/@]*:[^/@]*@/i, '$1***@');
}

function parseSsh(raw: string): ParsedEngineHost {
  const url = asUrl(raw, 'ssh');
  if (!url || !url.hostname) return { ok: false, why: 'expected ssh://[USER@]HOST[:PORT]' };
  // A password in the URL would end up in logs and in the page header; the Docker CLI refuses it too.
  if (url.password) return { ok: false, why: 'an ssh:// address must not carry a password (use ssh-agent or an identity file)' };
  if ((url.pathname && url.pathname !== '/') || url.search || url.hash) return { ok: false, why: 'expected ssh://[USER@]HOST[:PORT] without a path' };
  const username = url.username ? decodeURIComponent(url.username) : null;
  return { ok: true, address: { kind: 'ssh', host: noBrackets(url.hostname), port: url.port ? Number(url.port) : 22, username, raw } };
}

/**
 * Parses an engine address as the Docker CLI writes it (`unix:///abs/path`, `tcp://host:port`,
 * `ssh://[user@]host[:port]`), without deciding how a bad one is reported: the caller knows whether
 * it came from DOCKER_HOST, a context or a config file.
 */
export function parseEngineHost(value: string, opts: { tls?: boolean } = {}): ParsedEngineHost {
  const raw = value.trim();
  if (raw.startsWith('unix://')) {
    const socketPath = raw.slice('unix://'.length);
    if (!socketPath.startsWith('/')) return { ok: false, why: 'a unix socket path must be absolute (unix:///...)' };
    return { ok: true, address: { kind: 'unix', socketPath, raw } };
  }
  if (raw.startsWith('tcp://')) {
    const url = asUrl(raw, 'tcp');
    if (!url) return { ok: false, why: 'it is not a valid tcp://HOST:PORT address' };
    if (!url.hostname || (url.pathname && url.pathname !== '/')) return { ok: false, why: 'expected tcp://HOST:PORT' };
    // The Engine API has no login: credentials in the URL would only travel in clear and end up in logs and
    // on the page. TLS client certificates are how a tcp:// engine authenticates (DOCKER_TLS_VERIFY).
    if (url.username || url.password) return { ok: false, why: 'a tcp:// address must not carry a user or password (the engine authenticates with TLS client certificates)' };
    const tls = Boolean(opts.tls);
    const port = url.port ? Number(url.port) : tls ? 2376 : 2375;
    return { ok: true, address: { kind: 'tcp', host: noBrackets(url.hostname), port, tls, raw } };
  }
  if (raw.startsWith('ssh://')) return parseSsh(raw);
  if (raw.startsWith('npipe://')) return { ok: false, why: 'Windows named pipes are not supported' };
  return { ok: false, why: 'the scheme must be unix://, tcp:// or ssh://' };
}

/**
 * Parses DOCKER_HOST. Accepts `unix:///abs/path`, `tcp://host:port` (TLS when `tls` is asked for,
 * as DOCKER_TLS_VERIFY does) and `ssh://[user@]host[:port]`. Anything else gets an error naming the
 * value and the fix.
 */
export function parseDockerHost(value: string | undefined, opts: { tls?: boolean } = {}): EngineAddress {
  const raw = (value ?? '').trim() || DEFAULT_DOCKER_HOST;
  const parsed = parseEngineHost(raw, opts);
  if (!parsed.ok) throw new AppError('invalid_docker_host', `DOCKER_HOST="${maskedAddress(raw)}" is not usable: ${parsed.why}.`, FIX);
  return parsed.address;
}
