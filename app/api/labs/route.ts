import { probeImage } from '@/lib/engine/probe/probe-config';
import { LABS } from '@/lib/labs/lab-catalogue';
import { toLabSummary } from '@/lib/labs/to-lab-summary';

export const dynamic = 'force-dynamic';

/** GET /api/labs: the eight labs, their goals and CLI solutions (docs/api.md). No engine call. */
export function GET() {
  const image = probeImage();
  return Response.json(LABS.map((lab) => toLabSummary(lab, image)), { headers: { 'Cache-Control': 'no-store' } });
}
