import { buildDiagnostics } from '@/lib/analysis/diagnostics';
import { respond } from '@/lib/api/respond';
import { defaultEngine } from '@/lib/engine/default-engine';
import { defaultWatcher } from '@/lib/engine/default-watcher';
import { readContainerConfigs } from '@/lib/engine/read-container-configs';

export const dynamic = 'force-dynamic';

/** GET /api/diagnostics: the network doctor's findings, worst first (docs/api.md). No environment value is sent. */
export function GET() {
  return respond(async () => {
    const [topology, configs] = await Promise.all([defaultWatcher().topology(), readContainerConfigs(defaultEngine())]);
    return buildDiagnostics(topology, configs);
  });
}
