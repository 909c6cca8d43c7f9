import 'server-only';
import type { Atlas } from '../engine/atlas/atlas';
import type { TopologyFeed } from '../usecases/topology-feed';
import type { EventFeed } from './stream-engine-events';

/** What GET /api/events follows: the atlas's state and activity, and the feed's diffs of the map. */
export function mapEvents(atlas: Atlas, feed: TopologyFeed): EventFeed {
  return {
    activity: atlas.activity,
    subscribe: (fn) => {
      const offAtlas = atlas.subscribe(fn);
      const offFeed = feed.subscribe(fn);
      return () => {
        offFeed();
        offAtlas();
      };
    },
  };
}
