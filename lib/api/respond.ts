import 'server-only';
import { AppError } from '../errors/app-error';
import { httpStatus } from './error-status';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** A JSON response that no cache keeps. */
export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/** Turns any thrown value into the API's error shape; unknown errors are logged, never echoed. */
export function errorResponse(err: unknown): Response {
  if (err instanceof AppError) return json(err.toJSON(), httpStatus(err));
  console.error('[netatlas] unexpected error', err);
  return json(new AppError('internal', 'Unexpected server error; see the server log.').toJSON(), 500);
}

/** Wraps a route body: the body returns data, errors become `{ error: { code, message } }`. */
export async function respond(body: () => Promise<unknown>, status = 200): Promise<Response> {
  try {
    return json(await body(), status);
  } catch (err) {
    return errorResponse(err);
  }
}
