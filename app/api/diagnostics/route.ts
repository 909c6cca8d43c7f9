import { respond } from '@/lib/api/respond';
import { doctorFindings } from '@/lib/usecases/doctor-findings';
import { servedAtlas } from '@/lib/usecases/snapshot/served-atlas';

export const dynamic = 'force-dynamic';

/** GET /api/diagnostics: the network doctor's findings, worst first (docs/api.md). No environment value is sent. */
export function GET() {
  return respond(() => doctorFindings(servedAtlas()));
}
