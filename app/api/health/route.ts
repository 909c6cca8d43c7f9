import { checkHealth } from '@/lib/engine/check-health';
import { json } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

/** GET /api/health: always 200; says whether the engine answers, and if not, why and how to fix it. */
export async function GET() {
  return json(await checkHealth());
}
