import { mutation } from '@/lib/api/mutation';
import { readJsonBody } from '@/lib/api/read-json-body';
import { pruneBody } from '@/lib/api/schemas/endpoint-bodies';
import { pruneNetworks } from '@/lib/usecases/actions/prune-networks';
import { engineFor } from '@/lib/api/engine-for';

export const dynamic = 'force-dynamic';

/** POST /api/networks/prune: removes unused user-defined networks; 200 {removed} (docs/api.md). */
export function POST(request: Request) {
  return mutation('network.prune', async (audit) => {
    await readJsonBody(request, pruneBody);
    const removed = await pruneNetworks(engineFor(request, audit));
    audit.target = `removed=${removed.length}`;
    return { status: 200, body: { removed } };
  });
}
