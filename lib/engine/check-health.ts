import { AppError } from '../api/app-error';
import { defaultEngine, dockerHostValue } from './default-engine';
import { pingEngine } from './ping-engine';

export interface Health {
  ok: boolean;
  engine: {
    host: string;
    reachable: boolean;
    name?: string;
    serverVersion?: string;
    apiVersion?: string;
    error?: { code: string; message: string; hint?: string };
  };
}

/** Engine reachability as data (never throws), for GET /api/health. */
export async function checkHealth(): Promise<Health> {
  const host = dockerHostValue();
  try {
    const info = await pingEngine(defaultEngine());
    return { ok: true, engine: { host, reachable: true, name: info.name, serverVersion: info.serverVersion, apiVersion: info.apiVersion } };
  } catch (err) {
    const e = err instanceof AppError ? err : new AppError('internal', 'Unexpected error while checking the engine.');
    return { ok: false, engine: { host, reachable: false, error: e.toJSON().error } };
  }
}
