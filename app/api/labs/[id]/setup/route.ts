import { labAction } from '@/lib/api/lab-action';
import { setupLab } from '@/lib/usecases/labs/setup-lab';

export const dynamic = 'force-dynamic';

/** POST /api/labs/{id}/setup: the lab's starting point; 201 when something was created, 409 naming a clash (docs/api.md). */
export function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return labAction('lab.setup', request, ctx, async (member, id) => {
    const result = await setupLab(member.client, id);
    return { status: result.created.length ? 201 : 200, body: result };
  });
}
