import { errorResponse } from '@/lib/api/respond';
import { snapshotFileName, toSnapshot } from '@/lib/api/schemas/to-snapshot';
import { defaultTopologyFeed } from '@/lib/usecases/default-topology-feed';
import { doctorFindings } from '@/lib/usecases/doctor-findings';
import { servedAtlas } from '@/lib/usecases/snapshot/served-atlas';
import { SnapshotAtlas } from '@/lib/usecases/snapshot/snapshot-atlas';
import pkg from '@/package.json';

export const dynamic = 'force-dynamic';

/**
 * GET /api/snapshot: the map as a file to keep or send (netatlas.snapshot/1: the topology of GET
 * /api/topology, when it was taken, by which netatlas, and the doctor's findings), offered as a
 * download (docs/api.md). A server showing a snapshot answers that very snapshot.
 */
export async function GET() {
  try {
    const atlas = servedAtlas();
    let snapshot;
    if (atlas instanceof SnapshotAtlas) {
      snapshot = atlas.snapshot;
    } else {
      const { topology } = await defaultTopologyFeed().read();
      snapshot = toSnapshot(topology, new Date(), pkg.version, await doctorFindings(atlas, topology));
    }
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
