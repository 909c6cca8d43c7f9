import { mutation } from '@/lib/api/mutation';
import { parseRef } from '@/lib/api/parse-ref';
import { readJsonBody } from '@/lib/api/read-json-body';
import { connectBody } from '@/lib/api/schemas/endpoint-bodies';
import { networkRef } from '@/lib/api/schemas/refs';
import { connectContainer } from '@/lib/usecases/actions/connect-container';
import { memberFor } from '@/lib/api/engine-for';

export const dynamic = 'force-dynamic';

/** POST /api/networks/{id}/connect {container, aliases?, ipv4?, ipv6?, gwPriority?}: 200 with the new endpoint (docs/api.md). */
export function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return mutation('network.connect', async (audit) => {
    const { id } = await ctx.params;
    audit.target = `network=${id}`;
    const body = await readJsonBody(request, connectBody);
    const ips = [body.ipv4, body.ipv6].filter(Boolean).map((ip) => `,ip=${ip}`).join('');
    audit.target = `network=${id},container=${body.container}${ips}`;
    const engine = memberFor(request, audit);
    return { status: 200, body: await connectContainer(engine.client, parseRef(networkRef, 'id', id), body, engine.last?.engine) };
  });
}
