import { respond } from '@/lib/api/respond';
import { defaultTopologyFeed } from '@/lib/usecases/default-topology-feed';

export const dynamic = 'force-dynamic';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * GET /api/history: the map's changes this server keeps (since it started, bounded by count and
 * memory), oldest first, each with its time and what it was in a few words; and how much is kept
 * against the limits (docs/api.md). Any of these times can be asked for with GET /api/topology?at=.
 */
export function GET() {
  return respond(async () => {
    const feed = defaultTopologyFeed();
    await feed.read();
    const { entries, stats } = feed.timeline();
    return {
      oldest: iso(stats.oldest),
      newest: iso(stats.newest),
      changes: entries.map((e) => ({ version: e.version, at: iso(e.at), summary: e.summary })),
      kept: { changes: stats.changes, bytes: stats.bytes, maxChanges: stats.limits.maxChanges, maxBytes: stats.limits.maxBytes },
    };
  });
}
