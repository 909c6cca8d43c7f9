/** An error the API answered with, as the browser sees it. */
export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number, readonly hint?: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Any failure as an ApiError, so that the page always has words to show. */
export const asApiError = (err: unknown): ApiError =>
  err instanceof ApiError ? err : new ApiError('internal', err instanceof Error ? err.message : String(err), 0);

export async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, cache: 'no-store' });
  } catch {
    throw new ApiError('server_unreachable', 'The netatlas server does not answer. Is `npm start` still running?', 0);
  }
}

/** The body of a successful answer (null for 204), or an {@link ApiError} with the server's words. */
export async function readAnswer<T>(res: Response): Promise<T> {
  const body = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const e = body?.error;
    throw new ApiError(e?.code ?? 'http_error', e?.message ?? `The server answered ${res.status}.`, res.status, e?.hint);
  }
  return body as T;
}

/** Client fetcher for SWR: JSON on success, an {@link ApiError} with the server's words otherwise. */
export async function fetchJson<T>(url: string): Promise<T> {
  return readAnswer<T>(await request(url, { headers: { Accept: 'application/json' } }));
}

/**
 * A change sent from the page: JSON in, JSON out (null for 204). The browser adds the Origin header
 * the server's CSRF check wants; the body is always JSON, as the server refuses anything else.
 */
export async function sendJson<T>(method: 'POST' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { Accept: 'application/json', 'Content-Type': 'application/json' } };
  if (body !== undefined) init.body = JSON.stringify(body);
  return readAnswer<T>(await request(url, init));
}
