import 'server-only';
import type { Atlas } from '../../engine/atlas/atlas';
import { defaultAtlas } from '../../engine/atlas/default-atlas';
import { SnapshotAtlas } from './snapshot-atlas';
import { servedSnapshot } from './served-snapshot';

const KEY = Symbol.for('netatlas.snapshotAtlas');
type Holder = { [KEY]?: SnapshotAtlas };

/**
 * What this server shows: the snapshot NETATLAS_SNAPSHOT names (no engine is ever contacted), or
 * every configured engine. Every route reads through here.
 */
export function servedAtlas(): Atlas {
  const snapshot = servedSnapshot();
  if (!snapshot) return defaultAtlas();
  const holder = globalThis as Holder;
  if (holder[KEY]?.snapshot !== snapshot) holder[KEY] = new SnapshotAtlas(snapshot);
  return holder[KEY];
}
