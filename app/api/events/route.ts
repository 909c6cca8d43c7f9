import { streamEngineEvents } from '@/lib/api/stream-engine-events';
import { errorResponse } from '@/lib/api/respond';
import { defaultAtlas } from '@/lib/engine/atlas/default-atlas';

export const dynamic = 'force-dynamic';

/** GET /api/events: every engine's changes as server-sent events (docs/api.md). */
export function GET(request: Request) {
  try {
    return streamEngineEvents(defaultAtlas(), request.signal);
  } catch (err) {
    return errorResponse(err);
  }
}
