import { AppError } from '../errors/app-error';
import { isVersionRefusal } from './api-version';
import type { EngineAddress } from './docker-host';

interface DockerodeError {
  code?: string;
  statusCode?: number;
  reason?: string;
  json?: { message?: string } | null;
  message?: string;
  /** ssh2's stage of a failed SSH connection ('handshake', 'client-authentication', ...). */
  level?: string;
  /** Set by SshHostKeyError next to its `SSH_HOST_KEY_*` code. */
  hint?: string;
}

const START_HINT = 'Start the Docker engine (e.g. `sudo dockerd` or Docker Desktop), or point DOCKER_HOST at a running one.';
const PERMISSION_HINT =
  'Run netatlas as a user in the docker group (`sudo usermod -aG docker $USER`, then log in again) or as root.';

const SSH_AUTH_HINT = 'Load a key the host accepts into ssh-agent (SSH_AUTH_SOCK), or set "identity" on this engine in the netatlas config; the remote user must be allowed to run docker.';

/** Failures of the SSH leg of an ssh:// engine, in words that say which side to fix; null when not one. */
function sshError(e: DockerodeError, address: EngineAddress): AppError | null {
  if (address.kind !== 'ssh') return null;
  if (e.code?.startsWith('SSH_HOST_KEY_')) return new AppError('engine_unreachable', e.message ?? `The SSH host key of ${address.host} was refused.`, e.hint);
  if (e.level === 'handshake' && /Host denied/i.test(e.message ?? '')) {
    return new AppError('engine_unreachable', `The SSH host key of ${address.host}:${address.port} was refused (${address.raw}).`, 'Check the host key in known_hosts.');
  }
  if (e.level === 'client-authentication') {
    return new AppError('engine_permission_denied', `SSH login to ${address.raw} was refused: ${e.message ?? 'authentication failed'}.`, SSH_AUTH_HINT);
  }
  if (/Cannot parse privateKey/i.test(e.message ?? '')) {
    return new AppError('engine_permission_denied', `The SSH identity for ${address.raw} cannot be used: ${e.message!.replace(/^Cannot parse privateKey:\s*/i, '')}.`, SSH_AUTH_HINT);
  }
  return null;
}

function where(address: EngineAddress): string {
  return address.kind === 'unix' ? `the socket ${address.socketPath}` : `${address.host}:${address.port}`;
}

/** The engine's own words for an API error, without dockerode's "(HTTP code N)" wrapping. */
function engineMessage(err: DockerodeError): string {
  const fromJson = err.json && typeof err.json === 'object' ? err.json.message : undefined;
  const text = fromJson || err.message || err.reason || 'unknown engine error';
  return String(text).replace(/^\(HTTP code \d+\)\s*[^-]*-\s*/, '').trim();
}

const STATUS_CODES: Record<number, ConstructorParameters<typeof AppError>[0]> = {
  400: 'bad_request',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
};

/**
 * Maps anything dockerode throws to an {@link AppError} that keeps the engine's meaning
 * (404 stays 404, 409 stays 409) and says, for connection failures, what was tried and how to fix it.
 */
export function toAppError(err: unknown, address: EngineAddress): AppError {
  if (err instanceof AppError) return err;
  const e = (err ?? {}) as DockerodeError;
  const ssh = sshError(e, address);
  if (ssh) return ssh;
  switch (e.code) {
    case 'ENOENT':
      return new AppError('engine_unreachable', `No Docker engine at ${address.raw}: ${where(address)} does not exist.`, START_HINT);
    case 'ECONNREFUSED':
      return new AppError('engine_unreachable', `No Docker engine answers at ${address.raw} (connection refused).`, START_HINT);
    case 'EACCES':
    case 'EPERM':
      return new AppError('engine_permission_denied', `Permission denied opening ${where(address)} (${address.raw}).`, PERMISSION_HINT);
    case 'ETIMEDOUT':
    case 'ESOCKETTIMEDOUT':
    case 'ECONNRESET':
    case 'EPIPE':
    case 'EHOSTUNREACH':
    case 'ENOTFOUND':
      return new AppError('engine_unreachable', `The Docker engine at ${address.raw} did not answer (${e.code}).`, START_HINT);
  }
  if (/timeout/i.test(e.message ?? '') && !e.statusCode) {
    return new AppError('engine_unreachable', `The Docker engine at ${address.raw} did not answer in time.`, START_HINT);
  }
  if (e.statusCode) {
    const message = engineMessage(e);
    if (isVersionRefusal(e.statusCode, message)) {
      return new AppError('engine_too_old', `The Docker engine at ${address.raw} refused netatlas's API version: ${message}.`, 'The engine changed while netatlas was talking to it; the next read negotiates again.');
    }
    return new AppError(STATUS_CODES[e.statusCode] ?? 'engine_error', message);
  }
  return new AppError('engine_unreachable', `Could not talk to the Docker engine at ${address.raw}: ${e.message ?? 'unknown error'}.`, START_HINT);
}
