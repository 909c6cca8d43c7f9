import { answerReachability } from '@/lib/api/answer-reachability';
import { engineParam } from '@/lib/api/engine-param';
import { parseQuery } from '@/lib/api/parse-query';
import { respond } from '@/lib/api/respond';
import { reachabilityQuery } from '@/lib/api/schemas/reachability-query';
import { servedAtlas } from '@/lib/usecases/snapshot/served-atlas';

export const dynamic = 'force-dynamic';

/** GET /api/reachability?from=&to= (one answer) or ?containers=a,b,c | ?network= | ?project= (a matrix); docs/api.md. */
export function GET(request: Request) {
  return respond(async () => {
    const query = parseQuery(reachabilityQuery, request);
    return answerReachability(await servedAtlas().topology(), query, engineParam(request));
  });
}
