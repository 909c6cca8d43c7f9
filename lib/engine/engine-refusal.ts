/**
 * The engine's words when it answered a call with an error status (inside `client.call`, before the
 * error becomes an AppError); null when it did not answer at all (the connection failed), or the
 * error is not the engine's.
 */
export function engineRefusal(err: unknown): string | null {
  const e = err as { statusCode?: number; json?: { message?: string } | null; message?: string } | null;
  return e?.statusCode ? e.json?.message ?? e.message ?? '' : null;
}
