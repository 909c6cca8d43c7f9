import { defaultWatcher } from '@/lib/engine/default-watcher';
import { respond } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

/** GET /api/topology: networks, containers and endpoints of the engine (docs/api.md). */
export function GET() {
  return respond(() => defaultWatcher().topology());
}
