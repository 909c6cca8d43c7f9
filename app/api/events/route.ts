import { streamEngineEvents } from '@/lib/api/stream-engine-events';
import { mapEvents } from '@/lib/api/map-events';
import { errorResponse } from '@/lib/api/respond';
import { clientAddress } from '@/lib/api/client-address';
import { peerAddress } from '@/lib/api/peer-address';
import { streamSlotsFromEnv } from '@/lib/api/stream-slots';
import { servedAtlas } from '@/lib/usecases/snapshot/served-atlas';
import { SnapshotAtlas } from '@/lib/usecases/snapshot/snapshot-atlas';
import { defaultTopologyFeed } from '@/lib/usecases/default-topology-feed';

export const dynamic = 'force-dynamic';

/** Open streams, in all and per client address (NETATLAS_MAX_EVENT_STREAMS). */
const slots = streamSlotsFromEnv();

/**
 * GET /api/events: every engine's state and activity, and each change of the map as a diff between
 * versions, as server-sent events (docs/api.md). 429 past the stream caps; 409 on a snapshot.
 */
export function GET(request: Request) {
  try {
    const atlas = servedAtlas();
    if (atlas instanceof SnapshotAtlas) throw atlas.refusal('it never changes, so there are no events to follow');
    const release = slots.take(clientAddress(peerAddress(request.headers)));
    try {
      return streamEngineEvents(mapEvents(atlas, defaultTopologyFeed()), request.signal, { onEnd: release });
    } catch (err) {
      release();
      throw err;
    }
  } catch (err) {
    return errorResponse(err);
  }
}
