import { answerReachability } from '@/lib/api/answer-reachability';
import { parseQuery } from '@/lib/api/parse-query';
import { respond } from '@/lib/api/respond';
import { reachabilityQuery } from '@/lib/api/schemas/reachability-query';
import { defaultWatcher } from '@/lib/engine/default-watcher';

export const dynamic = 'force-dynamic';

/** GET /api/reachability?from=&to= (one answer) or ?containers=a,b,c | ?network= | ?project= (a matrix); docs/api.md. */
export function GET(request: Request) {
  return respond(async () => {
    const query = parseQuery(reachabilityQuery, request);
    return answerReachability(await defaultWatcher().topology(), query);
  });
}
