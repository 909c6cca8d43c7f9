import 'server-only';
import type { LabId } from '../labs/lab-types';
import type { AtlasMember } from '../engine/atlas/atlas-member';
import type { EngineClient } from '../engine/engine-client';
import { memberFor } from './engine-for';
import { mutation, type MutationResult } from './mutation';
import { parseRef } from './parse-ref';
import { readJsonBody } from './read-json-body';
import { labActionBody, labId } from './schemas/lab-id';

type Member = AtlasMember & { client: EngineClient };

/**
 * One lab action (setup, check, reset) as a route answers it: the mutation gate and the body (none or
 * `{}`), the lab id, the engine (`?engine=`), all validated before any engine call; then `run`.
 */
export function labAction(
  action: string,
  request: Request,
  ctx: { params: Promise<{ id: string }> },
  run: (member: Member, id: LabId) => Promise<MutationResult>,
): Promise<Response> {
  return mutation(action, async (audit) => {
    const { id: raw } = await ctx.params;
    audit.target = `lab=${raw.slice(0, 40)}`;
    await readJsonBody(request, labActionBody);
    const id = parseRef(labId, 'id', raw) as LabId;
    return run(memberFor(request, audit), id);
  });
}
