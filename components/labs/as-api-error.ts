import { ApiError } from '@/lib/client/fetch-json';

/** Any failure as an ApiError, so the panel shows words (the same rule as ActionsContext's). */
export const asApiError = (err: unknown): ApiError =>
  err instanceof ApiError ? err : new ApiError('internal', err instanceof Error ? err.message : String(err), 0);
