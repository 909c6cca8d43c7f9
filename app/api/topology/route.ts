import { errorResponse } from '@/lib/api/respond';
import { etagMatches, topologyEtag } from '@/lib/api/topology-etag';
import { defaultTopologyFeed } from '@/lib/usecases/default-topology-feed';

export const dynamic = 'force-dynamic';

/**
 * GET /api/topology: engines, networks, containers, endpoints and swarms of every configured engine
 * (docs/api.md). The ETag names the map's version (the one the event stream's diffs count from); an
 * unchanged map is 304 with no body.
 */
export async function GET(request: Request) {
  try {
    const { epoch, version, topology } = await defaultTopologyFeed().read();
    const headers = { 'Cache-Control': 'no-store', ETag: topologyEtag(epoch, version) };
    if (etagMatches(request.headers.get('if-none-match'), headers.ETag)) return new Response(null, { status: 304, headers });
    return Response.json(topology, { headers });
  } catch (err) {
    return errorResponse(err);
  }
}
