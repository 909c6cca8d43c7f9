import { mutation } from '@/lib/api/mutation';
import { readJsonBody } from '@/lib/api/read-json-body';
import { probeBody } from '@/lib/api/schemas/probe-body';
import { servedAtlas } from '@/lib/usecases/snapshot/served-atlas';
import { memberFor } from '@/lib/api/engine-for';
import { probeContainers } from '@/lib/usecases/probe/probe-containers';

export const dynamic = 'force-dynamic';

/**
 * POST /api/probe {from, to, port?, protocol?}: a live probe from A's network stack, beside the
 * prediction (docs/api.md). It starts a container on the engine, so it passes the mutation gate.
 */
export function POST(request: Request) {
  return mutation('probe', async (audit) => {
    const body = await readJsonBody(request, probeBody);
    audit.target = `from=${body.from},to=${body.to},${body.protocol}${body.port ? `:${body.port}` : ''}`;
    const engine = memberFor(request, audit);
    const atlas = servedAtlas();
    const merged = atlas.members.length > 1 ? () => atlas.topology() : undefined;
    return { status: 200, body: await probeContainers(engine.client, body, { engineId: engine.id, merged }) };
  });
}
