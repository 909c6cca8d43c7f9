import type { AppError, ErrorCode } from '../errors/app-error';

/** The HTTP status each error code answers with. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  read_only: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  engine_error: 502,
  engine_unreachable: 503,
  engine_permission_denied: 503,
  engine_too_old: 503,
  invalid_docker_host: 503,
  engine_misconfigured: 503,
  // The server shows a snapshot (NETATLAS_SNAPSHOT): there is no engine to change or probe.
  snapshot: 409,
  // GET /api/topology?at= older than the history the server keeps.
  history_gone: 410,
  internal: 500,
};

/** The HTTP status of an app error. */
export function httpStatus(err: AppError): number {
  return ERROR_STATUS[err.code];
}
