import { AppError } from '../api/app-error';
import { parseDockerHost } from './docker-host';
import { EngineClient } from './engine-client';

const KEY = Symbol.for('netatlas.defaultEngine');
type Holder = { [KEY]?: { client: EngineClient } | { error: AppError } };

/**
 * The engine named by DOCKER_HOST (default unix:///var/run/docker.sock), created once per server
 * process. Kept on globalThis so that dev-mode module reloads do not open a second connection.
 * A malformed DOCKER_HOST is remembered as an error and reported by every call that needs the engine.
 */
export function defaultEngine(): EngineClient {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    try {
      const tls = Boolean(process.env.DOCKER_TLS_VERIFY && process.env.DOCKER_TLS_VERIFY !== '0');
      const address = parseDockerHost(process.env.DOCKER_HOST, { tls });
      holder[KEY] = { client: new EngineClient(address, { certPath: process.env.DOCKER_CERT_PATH }) };
    } catch (err) {
      holder[KEY] = { error: err as AppError };
    }
  }
  const entry = holder[KEY];
  if ('error' in entry) throw entry.error;
  return entry.client;
}

/** DOCKER_HOST as netatlas will use it, for messages (falls back to the default). */
export function dockerHostValue(): string {
  return process.env.DOCKER_HOST?.trim() || 'unix:///var/run/docker.sock';
}
