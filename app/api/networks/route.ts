import { mutation } from '@/lib/api/mutation';
import { readJsonBody } from '@/lib/api/read-json-body';
import { createNetworkBody } from '@/lib/api/schemas/create-network-body';
import { createNetwork } from '@/lib/usecases/actions/create-network';
import { memberFor } from '@/lib/api/engine-for';

export const dynamic = 'force-dynamic';

/** POST /api/networks: creates a network; 201 with it (docs/api.md). */
export function POST(request: Request) {
  return mutation('network.create', async (audit) => {
    const body = await readJsonBody(request, createNetworkBody);
    audit.target = `network=${body.name}`;
    const engine = memberFor(request, audit);
    return { status: 201, body: await createNetwork(engine.client, body, engine.id, engine.last?.engine) };
  });
}
