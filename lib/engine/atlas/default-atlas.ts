import { AppError } from '../../api/app-error';
import { DEFAULT_ENGINE_ID } from '../../topology/engine-id';
import { defaultEngine, dockerHostValue } from '../default-engine';
import { EngineWatcher } from '../engine-watcher';
import { Atlas } from './atlas';
import type { AtlasMember } from './atlas-member';

const KEY = Symbol.for('netatlas.atlas');
type Holder = { [KEY]?: Atlas };

function localMember(): AtlasMember {
  const base = { id: DEFAULT_ENGINE_ID, name: 'local', host: dockerHostValue(), source: 'env' as const, origin: 'DOCKER_HOST', last: null };
  try {
    const client = defaultEngine();
    return { ...base, client, watcher: new EngineWatcher(client, { engineId: DEFAULT_ENGINE_ID }), problem: null };
  } catch (err) {
    return { ...base, client: null, watcher: null, problem: err instanceof AppError ? err : new AppError('internal', String(err)) };
  }
}

/**
 * Every engine this server shows, created once per process (kept on globalThis so that dev-mode
 * module reloads do not open second connections).
 */
export function defaultAtlas(): Atlas {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Atlas([localMember()]);
  return holder[KEY];
}

/** Forgets the atlas (stopping its watchers): the next call reads the configuration again. Tests only. */
export function resetDefaultAtlas(): void {
  const holder = globalThis as Holder;
  holder[KEY]?.stop();
  delete holder[KEY];
}
