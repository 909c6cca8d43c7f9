import { parseQuery } from '@/lib/api/parse-query';
import { errorResponse } from '@/lib/api/respond';
import { topologyQuery } from '@/lib/api/schemas/topology-query';
import { etagMatches, topologyEtag } from '@/lib/api/topology-etag';
import { defaultTopologyFeed } from '@/lib/usecases/default-topology-feed';
import { mapAt } from '@/lib/usecases/map-at';

export const dynamic = 'force-dynamic';

/**
 * GET /api/topology: engines, networks, containers, endpoints and swarms of every configured engine
 * (docs/api.md). The ETag names the map's version (the one the event stream's diffs count from); an
 * unchanged map is 304 with no body. `?at=<ISO time>`: the map as it was then, from the server's
 * history (410 `history_gone` before what is kept).
 */
export async function GET(request: Request) {
  try {
    const { at } = parseQuery(topologyQuery, request);
    const feed = defaultTopologyFeed();
    if (at !== undefined) {
      const past = await mapAt(feed, at);
      return Response.json(past.topology, {
        headers: { 'Cache-Control': 'no-store', 'Netatlas-Map-Time': new Date(past.at).toISOString(), 'Netatlas-Map-Version': String(past.version) },
      });
    }
    const { epoch, version, topology } = await feed.read();
    const headers = { 'Cache-Control': 'no-store', ETag: topologyEtag(epoch, version) };
    if (etagMatches(request.headers.get('if-none-match'), headers.ETag)) return new Response(null, { status: 304, headers });
    return Response.json(topology, { headers });
  } catch (err) {
    return errorResponse(err);
  }
}
