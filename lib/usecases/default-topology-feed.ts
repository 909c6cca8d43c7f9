import 'server-only';
import type { Atlas } from '../engine/atlas/atlas';
import { servedAtlas } from './snapshot/served-atlas';
import { TopologyFeed } from './topology-feed';
import { TopologyHistory } from '../topology/topology-history';
import { historySettings } from './history-limits';

const KEY = Symbol.for('netatlas.topologyFeed');
type Holder = { [KEY]?: { atlas: Atlas; feed: TopologyFeed } };

/**
 * The one feed of this server's atlas, shared by GET /api/topology and every event stream (kept on
 * globalThis: the routes are bundled apart but run in one process, and must count versions together).
 * A new atlas (the configuration read again) gets a new feed, with a new epoch.
 */
export function defaultTopologyFeed(): TopologyFeed {
  const holder = globalThis as Holder;
  const atlas = servedAtlas();
  if (holder[KEY]?.atlas !== atlas) holder[KEY] = { atlas, feed: new TopologyFeed(atlas, { history: new TopologyHistory(historySettings().limits) }) };
  return holder[KEY].feed;
}
