import { mutation } from '@/lib/api/mutation';
import { parseRef } from '@/lib/api/parse-ref';
import { readJsonBody } from '@/lib/api/read-json-body';
import { connectBody } from '@/lib/api/schemas/endpoint-bodies';
import { networkRef } from '@/lib/api/schemas/refs';
import { connectContainer } from '@/lib/engine/actions/connect-container';
import { engineFor } from '@/lib/api/engine-for';

export const dynamic = 'force-dynamic';

/** POST /api/networks/{id}/connect {container, aliases?, ipv4?}: 200 with the new endpoint (docs/api.md). */
export function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return mutation('network.connect', async (audit) => {
    const { id } = await ctx.params;
    audit.target = `network=${id}`;
    const body = await readJsonBody(request, connectBody);
    audit.target = `network=${id},container=${body.container}${body.ipv4 ? `,ip=${body.ipv4}` : ''}`;
    return { status: 200, body: await connectContainer(engineFor(request, audit), parseRef(networkRef, 'id', id), body) };
  });
}
