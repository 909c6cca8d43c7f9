import { defaultEngine } from './default-engine';
import { EngineWatcher } from './engine-watcher';

const KEY = Symbol.for('netatlas.defaultWatcher');
type Holder = { [KEY]?: EngineWatcher };

/** The one event subscription for the default engine, shared by every browser tab of this server. */
export function defaultWatcher(): EngineWatcher {
  const holder = globalThis as Holder;
  holder[KEY] ??= new EngineWatcher(defaultEngine());
  return holder[KEY];
}
