import { streamEngineEvents } from '@/lib/api/stream-engine-events';
import { errorResponse } from '@/lib/api/respond';
import { defaultWatcher } from '@/lib/engine/default-watcher';

export const dynamic = 'force-dynamic';

/** GET /api/events: the engine's changes as server-sent events (docs/api.md). */
export function GET(request: Request) {
  try {
    return streamEngineEvents(defaultWatcher(), request.signal);
  } catch (err) {
    return errorResponse(err);
  }
}
