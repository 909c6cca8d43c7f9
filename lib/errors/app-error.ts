/**
 * The app's one error type, a base module every layer may use (engine adapters, pure analysis, routes).
 * It knows nothing of HTTP: lib/api/error-status.ts maps each code to a status at the edge.
 */
export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'read_only',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'too_many_requests',
  'engine_error',
  'engine_unreachable',
  'engine_permission_denied',
  'engine_too_old',
  'invalid_docker_host',
  'engine_misconfigured',
  'snapshot',
  'history_gone',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** True when `code` is one of the app's error codes (e.g. one carried in a message from elsewhere). */
export function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/** Marks an AppError whichever copy of this module made it (see {@link AppError}'s `instanceof`). */
const BRAND = Symbol.for('netatlas.AppError');

/**
 * The one error type of the app. `message` (and `hint`) are safe to show a user: they never carry
 * a stack trace, a token or an environment value.
 *
 * `instanceof AppError` holds for an AppError made by any copy of this module: Next bundles
 * instrumentation.ts apart from the routes, so the map's feed started there (its history) throws
 * errors of another copy of this class, which a route must still answer as what they are.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, hint?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.hint = hint;
    Object.defineProperty(this, BRAND, { value: true });
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: boolean })[BRAND] === true;
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, ...(this.hint ? { hint: this.hint } : {}) } };
  }
}
