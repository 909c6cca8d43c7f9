/** An error the API answered with, as the browser sees it. */
export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number, readonly hint?: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Client fetcher for SWR: JSON on success, an {@link ApiError} with the server's words otherwise. */
export async function fetchJson<T>(url: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  } catch {
    throw new ApiError('server_unreachable', 'The netatlas server does not answer. Is `npm start` still running?', 0);
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const e = body?.error;
    throw new ApiError(e?.code ?? 'http_error', e?.message ?? `The server answered ${res.status}.`, res.status, e?.hint);
  }
  return body as T;
}
