import { checkHealth } from '@/lib/engine/check-health';
import { errorResponse, json } from '@/lib/api/respond';
import { servedAtlas } from '@/lib/usecases/snapshot/served-atlas';
import { SnapshotAtlas } from '@/lib/usecases/snapshot/snapshot-atlas';

export const dynamic = 'force-dynamic';

/**
 * GET /api/health: 200; says whether the engine answers, and if not, why and how to fix it. A server
 * showing a snapshot says so (`snapshot`) and contacts no engine.
 */
export async function GET() {
  try {
    const atlas = servedAtlas();
    return json(atlas instanceof SnapshotAtlas ? atlas.health() : await checkHealth());
  } catch (err) {
    return errorResponse(err);
  }
}
