'use client';
import useSWR from 'swr';
import { fetchJson, type ApiError } from '@/lib/client/fetch-json';

/**
 * A server-side analysis (host ports, diagnostics) read again whenever the topology changed:
 * `version` is the time of the last topology read, so one change means one more request, no polling.
 */
export function useAnalysis<T>(url: string | null, version: number | undefined) {
  return useSWR<T, ApiError>(url ? [url, version ?? 0] : null, ([u]: [string, number]) => fetchJson<T>(u), {
    keepPreviousData: true,
    revalidateOnFocus: false,
  });
}
