import { defaultAtlas } from '@/lib/engine/atlas/default-atlas';
import { respond } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

/** GET /api/topology: engines, networks, containers, endpoints and swarms of every configured engine (docs/api.md). */
export function GET() {
  return respond(() => defaultAtlas().topology());
}
