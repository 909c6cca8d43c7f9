import { z } from 'zod';
import { containerRef, networkRef } from './refs';

/** The most containers a matrix takes (60 × 60 = 3600 answers, about 2 MB of JSON). */
export const MATRIX_MAX = 60;

/** A compose project name as compose writes it into `com.docker.compose.project`. */
const projectName = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, 'must be a compose project name (letters, digits, _ . -)');

/** `a,b,c`: each a full 64-hex id or an exact container name, at most {@link MATRIX_MAX}. */
const containerList = z
  .string()
  .max(MATRIX_MAX * 256, `must name at most ${MATRIX_MAX} containers`)
  .transform((s) => s.split(','))
  .pipe(z.array(containerRef).max(MATRIX_MAX, `must name at most ${MATRIX_MAX} containers`));

export type ReachabilityQuery =
  | { kind: 'pair'; from: string; to: string }
  | { kind: 'containers'; refs: string[] }
  | { kind: 'network'; ref: string }
  | { kind: 'project'; name: string };

const FORMS = 'give from and to (one answer), or one of containers, network or project (a matrix)';

/**
 * `GET /api/reachability?from=&to=`, or the matrix form `?containers=a,b,c` / `?network=` /
 * `?project=`. Exactly one form; unknown parameters are refused.
 */
export const reachabilityQuery = z
  .strictObject({
    from: containerRef.optional(),
    to: containerRef.optional(),
    containers: containerList.optional(),
    network: networkRef.optional(),
    project: projectName.optional(),
  })
  .superRefine((q, ctx) => {
    const sets = (['containers', 'network', 'project'] as const).filter((k) => q[k] !== undefined);
    const pair = q.from !== undefined || q.to !== undefined;
    if (pair && sets.length) ctx.addIssue({ code: 'custom', path: [sets[0]], message: `cannot be combined with from/to: ${FORMS}` });
    else if (sets.length > 1) ctx.addIssue({ code: 'custom', path: [sets[1]], message: `cannot be combined with ${sets[0]}: ${FORMS}` });
    else if (pair) for (const k of ['from', 'to'] as const) if (q[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: 'is required with ' + (k === 'from' ? 'to' : 'from') });
    if (!pair && !sets.length) ctx.addIssue({ code: 'custom', path: ['query'], message: FORMS });
  })
  .transform((q): ReachabilityQuery => {
    if (q.from !== undefined && q.to !== undefined) return { kind: 'pair', from: q.from, to: q.to };
    if (q.containers) return { kind: 'containers', refs: q.containers };
    if (q.network) return { kind: 'network', ref: q.network };
    return { kind: 'project', name: q.project! };
  });
