import 'server-only';
import { AppError } from '../errors/app-error';
import { auditLine } from './audit-line';
import { errorResponse } from './respond';

/** What a mutation's audit line names; the route fills in the target once it knows it. */
export interface Audit {
  target: string;
}

/** A route's answer: status and JSON body (none for 204). */
export interface MutationResult {
  status: number;
  body?: unknown;
}

/**
 * Runs one mutation and answers it: the result as JSON (no CORS headers, never cached), any error in
 * the API's error shape, and in every case one audit line on the server log, refusals included.
 */
export async function mutation(action: string, run: (audit: Audit) => Promise<MutationResult>): Promise<Response> {
  const audit: Audit = { target: '-' };
  try {
    const result = await run(audit);
    console.log(auditLine(action, audit.target, `ok:${result.status}`));
    if (result.body === undefined) return new Response(null, { status: result.status, headers: { 'Cache-Control': 'no-store' } });
    return Response.json(result.body, { status: result.status, headers: { 'Cache-Control': 'no-store' } });
  } catch (err) {
    const code = err instanceof AppError ? err.code : 'internal';
    const response = errorResponse(err);
    console.log(auditLine(action, audit.target, `refused:${response.status}:${code}`));
    return response;
  }
}
