import { buildPortMap } from '@/lib/analysis/port-map';
import { parseQuery } from '@/lib/api/parse-query';
import { respond } from '@/lib/api/respond';
import { portsQuery } from '@/lib/api/schemas/ports-query';
import { servedAtlas } from '@/lib/usecases/snapshot/served-atlas';

export const dynamic = 'force-dynamic';

/** GET /api/ports[?port=N]: published host ports by interface, and port conflicts (docs/api.md). */
export function GET(request: Request) {
  return respond(async () => {
    const { port } = parseQuery(portsQuery, request);
    return buildPortMap(await servedAtlas().topology(), { port });
  });
}
