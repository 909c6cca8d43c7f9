import { guardMutation } from '@/lib/api/guard-mutation';
import { mutation } from '@/lib/api/mutation';
import { parseRef } from '@/lib/api/parse-ref';
import { networkRef } from '@/lib/api/schemas/refs';
import { removeNetwork } from '@/lib/usecases/actions/remove-network';
import { engineFor } from '@/lib/api/engine-for';

export const dynamic = 'force-dynamic';

/** DELETE /api/networks/{id}: removes a network; 204 (docs/api.md). */
export function DELETE(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return mutation('network.remove', async (audit) => {
    const { id } = await ctx.params;
    audit.target = `network=${id}`;
    guardMutation(request);
    await removeNetwork(engineFor(request, audit), parseRef(networkRef, 'id', id));
    return { status: 204 };
  });
}
