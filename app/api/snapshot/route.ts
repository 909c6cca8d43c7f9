import { errorResponse } from '@/lib/api/respond';
import { snapshotFileName, toSnapshot } from '@/lib/topology/to-snapshot';
import { defaultTopologyFeed } from '@/lib/usecases/default-topology-feed';
import pkg from '@/package.json';

export const dynamic = 'force-dynamic';

/**
 * GET /api/snapshot: the map as a file to keep or send (netatlas.snapshot/1: the topology of GET
 * /api/topology, when it was taken, by which netatlas), offered as a download (docs/api.md).
 */
export async function GET() {
  try {
    const { topology } = await defaultTopologyFeed().read();
    const snapshot = toSnapshot(topology, new Date(), pkg.version);
    return new Response(JSON.stringify(snapshot, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${snapshotFileName(snapshot)}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
