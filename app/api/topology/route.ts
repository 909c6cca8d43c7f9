import { defaultEngine } from '@/lib/engine/default-engine';
import { readTopology } from '@/lib/engine/read-topology';
import { respond } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

/** GET /api/topology: networks, containers and endpoints of the engine (docs/api.md). */
export function GET() {
  return respond(() => readTopology(defaultEngine()));
}
