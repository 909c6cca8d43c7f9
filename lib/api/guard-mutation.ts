import 'server-only';
import { AppError } from '../errors/app-error';
import { isSameOrigin } from './same-origin';

/** True when NETATLAS_READ_ONLY asks the server to refuse every change (read per request). */
export function readOnlyMode(): boolean {
  const v = (process.env.NETATLAS_READ_ONLY ?? '').trim().toLowerCase();
  return v === '1' || v === 'true' || v === 'yes';
}

/**
 * The checks every state-changing request passes before anything else: read-only mode (unless the
 * request changes nothing on an engine: logging in), then CSRF (the Origin must be this very server; a
 * missing Origin is refused, as a browser always sends one on a cross-origin or non-GET fetch). Throws
 * an {@link AppError}.
 */
export function guardMutation(request: Request, opts: { changesEngine?: boolean } = {}): void {
  if (opts.changesEngine !== false && readOnlyMode()) {
    throw new AppError('read_only', 'netatlas runs read-only (NETATLAS_READ_ONLY=1): changes are refused.');
  }
  if (!isSameOrigin(request.headers.get('origin'), request.headers.get('host'))) {
    throw new AppError('forbidden', 'Changes must come from the netatlas page itself (the Origin header is missing or foreign).');
  }
}
