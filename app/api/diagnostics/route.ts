import { buildDiagnostics } from '@/lib/analysis/diagnostics';
import { respond } from '@/lib/api/respond';
import { defaultAtlas } from '@/lib/engine/atlas/default-atlas';
import { readAtlasConfigs } from '@/lib/engine/atlas/read-atlas-configs';

export const dynamic = 'force-dynamic';

/** GET /api/diagnostics: the network doctor's findings, worst first (docs/api.md). No environment value is sent. */
export function GET() {
  return respond(async () => {
    const [topology, configs] = await Promise.all([defaultAtlas().topology(), readAtlasConfigs(defaultAtlas())]);
    return buildDiagnostics(topology, configs);
  });
}
