import { ENGINE_ID_PATTERN } from '../topology/engine-id';
import { AppError } from '../errors/app-error';

/**
 * The `?engine=` of a request: which configured engine an action goes to (ids as in
 * `GET /api/topology` `engines[].id`). Null when not given; malformed values are refused here,
 * before anything reaches an engine.
 */
export function engineParam(request: Request): string | null {
  const values = new URL(request.url).searchParams.getAll('engine');
  if (values.length === 0) return null;
  if (values.length > 1) throw new AppError('bad_request', 'engine: give it once.');
  if (!ENGINE_ID_PATTERN.test(values[0])) {
    throw new AppError('bad_request', 'engine: expected an engine id as listed in GET /api/topology engines[].id (lower-case letters, digits, _ . -).');
  }
  return values[0];
}
