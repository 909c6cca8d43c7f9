import { mutation } from '@/lib/api/mutation';
import { parseRef } from '@/lib/api/parse-ref';
import { readJsonBody } from '@/lib/api/read-json-body';
import { disconnectBody } from '@/lib/api/schemas/endpoint-bodies';
import { networkRef } from '@/lib/api/schemas/refs';
import { disconnectContainer } from '@/lib/usecases/actions/disconnect-container';
import { engineFor } from '@/lib/api/engine-for';

export const dynamic = 'force-dynamic';

/** POST /api/networks/{id}/disconnect {container, force?}: 200, also when already disconnected (docs/api.md). */
export function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return mutation('network.disconnect', async (audit) => {
    const { id } = await ctx.params;
    audit.target = `network=${id}`;
    const body = await readJsonBody(request, disconnectBody);
    audit.target = `network=${id},container=${body.container}`;
    return { status: 200, body: await disconnectContainer(engineFor(request, audit), parseRef(networkRef, 'id', id), body) };
  });
}
