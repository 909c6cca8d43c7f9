import { AppError } from '../errors/app-error';
import type { AtlasMember } from './atlas/atlas-member';
import { defaultAtlas } from './atlas/default-atlas';
import { pingEngine } from './ping-engine';
import { withDeadline } from './with-deadline';

/** A health check must answer even while an engine hangs. */
const HEALTH_DEADLINE_MS = 3000;

export interface EngineHealth {
  /** netatlas's engine id (see GET /api/topology `engines`). */
  id: string;
  host: string;
  reachable: boolean;
  name?: string;
  serverVersion?: string;
  /** The API version netatlas speaks with it. */
  apiVersion?: string;
  /** The newest API the engine speaks, and the oldest it accepts (1.44 on Engine 29). */
  engineApiVersion?: string;
  minApiVersion?: string | null;
  error?: { code: string; message: string; hint?: string };
}

export interface Health {
  /** Every configured engine answers. */
  ok: boolean;
  /** The first configured engine (DOCKER_HOST or the current context), for single-engine clients. */
  engine: Omit<EngineHealth, 'id'>;
  engines: EngineHealth[];
}

async function check(m: AtlasMember): Promise<EngineHealth> {
  try {
    if (!m.client) throw m.problem ?? new AppError('internal', 'No client.');
    const info = await withDeadline(pingEngine(m.client), HEALTH_DEADLINE_MS, null);
    if (!info) throw new AppError('engine_unreachable', `No answer from ${m.host} within ${HEALTH_DEADLINE_MS / 1000} s.`);
    return {
      id: m.id, host: m.host, reachable: true, name: info.name, serverVersion: info.serverVersion, apiVersion: info.apiVersion,
      engineApiVersion: info.engineApiVersion, minApiVersion: info.minApiVersion ?? null,
    };
  } catch (err) {
    const e = err instanceof AppError ? err : new AppError('internal', 'Unexpected error while checking the engine.');
    return { id: m.id, host: m.host, reachable: false, error: e.toJSON().error };
  }
}

/** Every engine's reachability as data (never throws), for GET /api/health. */
export async function checkHealth(): Promise<Health> {
  const engines = await Promise.all(defaultAtlas().members.map(check));
  const { id: _id, ...first } = engines[0];
  return { ok: engines.every((e) => e.reachable), engine: first, engines };
}
