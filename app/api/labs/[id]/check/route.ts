import { labAction } from '@/lib/api/lab-action';
import { checkLab } from '@/lib/usecases/labs/check-lab';

export const dynamic = 'force-dynamic';

/** POST /api/labs/{id}/check: every goal checked live, with evidence (docs/api.md). A POST: it starts probe helpers. */
export function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return labAction('lab.check', request, ctx, async (member, id) => ({ status: 200, body: await checkLab(member, id) }));
}
