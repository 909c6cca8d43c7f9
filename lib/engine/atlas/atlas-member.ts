import type { AppError } from '../../errors/app-error';
import type { EngineEntry, Topology } from '../../topology/types';
import type { EngineClient } from '../engine-client';
import type { EngineWatcher } from '../engine-watcher';

/** One configured engine as the server holds it. */
export interface AtlasMember {
  id: string;
  name: string;
  /** Address for people (never credentials). */
  host: string;
  source: EngineEntry['source'];
  /** Where it was configured, for messages ("DOCKER_HOST", "netatlas.config.json engines[1]"). */
  origin: string;
  /** Null when the configuration of this engine is unusable; {@link problem} says why. */
  client: EngineClient | null;
  watcher: EngineWatcher | null;
  problem: AppError | null;
  /** The last topology read from it, shown (marked stale) while it does not answer. */
  last: Topology | null;
}

/** The member's entry in `Topology.engines`, given how its latest read went. */
export function toEngineEntry(m: AtlasMember, read: { ok: boolean; error?: AppError }): EngineEntry {
  const base = { id: m.id, name: m.name, host: m.host, source: m.source, info: m.last?.engine ?? null };
  if (m.problem) return { ...base, state: 'misconfigured', error: m.problem.toJSON().error, stale: false };
  const link = m.watcher?.state;
  if (read.ok) return { ...base, state: link?.state === 'live' ? 'live' : 'connecting', stale: false };
  const state = link && link.state !== 'live' && link.state !== 'connecting' ? link.state : 'reconnecting';
  const error = read.error?.toJSON().error ?? link?.error;
  return { ...base, state, ...(error ? { error } : {}), stale: m.last !== null };
}
