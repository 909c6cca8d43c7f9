import { labAction } from '@/lib/api/lab-action';
import { resetLab } from '@/lib/usecases/labs/reset-lab';

export const dynamic = 'force-dynamic';

/** POST /api/labs/{id}/reset: removes what the lab created (`netatlas.lab=<id>`), and only that (docs/api.md). */
export function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return labAction('lab.reset', request, ctx, async (member, id) => ({ status: 200, body: await resetLab(member.client, id) }));
}
