import type { EngineState } from '../../topology/types';
import type { WatchMessage } from '../engine-watcher';
import type { AtlasMember } from './atlas-member';

type LinkError = { code: string; message: string; hint?: string };

/** The link to every engine at once: what the header shows, and each engine's own state. */
export interface AtlasState {
  type: 'state';
  /**
   * `live` while at least one engine is live (the others' states are in {@link engines});
   * otherwise the state all engines are in, `connecting` before the first answer.
   */
  state: Exclude<EngineState, 'misconfigured'>;
  since: number;
  /** Why the engines are not live (the first engine's reason), when none is. */
  error?: LinkError;
  engines: Array<{ id: string; state: EngineState; error?: LinkError }>;
}

/** What GET /api/events sends: the combined state, and each engine's changes and resyncs. */
export type AtlasMessage =
  | AtlasState
  | (Extract<WatchMessage, { type: 'changes' }> & { engineId: string })
  | (Extract<WatchMessage, { type: 'resync' }> & { engineId: string });

/** Folds the members' link states into one {@link AtlasState}. */
export function toAtlasState(members: AtlasMember[]): AtlasState {
  const engines = members.map((m) => {
    if (!m.watcher) return { id: m.id, state: 'misconfigured' as const, ...(m.problem ? { error: m.problem.toJSON().error } : {}) };
    const s = m.watcher.state;
    return { id: m.id, state: s.state, ...(s.error ? { error: s.error } : {}) };
  });
  const watched = members.filter((m) => m.watcher).map((m) => m.watcher!.state);
  const since = Math.max(0, ...watched.map((s) => s.since));
  const live = watched.some((s) => s.state === 'live');
  const worst = watched.find((s) => s.state === 'unreachable') ?? watched.find((s) => s.state === 'reconnecting');
  const state = live ? 'live' : worst?.state ?? (watched.length ? 'connecting' : 'unreachable');
  const error = live ? undefined : worst?.error ?? engines.find((e) => e.error)?.error;
  return { type: 'state', state, since, ...(error ? { error } : {}), engines };
}
