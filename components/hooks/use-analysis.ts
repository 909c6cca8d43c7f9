'use client';
import { useEffect, useRef, useState } from 'react';
import useSWR from 'swr';
import { fetchJson, type ApiError } from '@/lib/client/fetch-json';

/**
 * How long the map must be quiet before an analysis is read again: a burst of changes (compose up, a
 * script connecting a hundred containers) costs one read after it, and the map's own update never
 * competes with one for the server or the page (at 1,000 containers the doctor takes tens of ms).
 */
export const ANALYSIS_SETTLE_MS = 400;

/** `value` once it has not changed for `ms` (the first value at once). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const settledOnce = useRef(value !== undefined);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), settledOnce.current ? ms : 0);
    settledOnce.current = value !== undefined;
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * A server-side analysis (host ports, diagnostics) read again when the topology changed: `version` is
 * the time of the last topology change, so a change (or a burst of them) means one more request
 * shortly after, no polling.
 */
export function useAnalysis<T>(url: string | null, version: number | undefined) {
  const settled = useSettled(version, ANALYSIS_SETTLE_MS);
  return useSWR<T, ApiError>(url ? [url, settled ?? 0] : null, ([u]: [string, number]) => fetchJson<T>(u), {
    keepPreviousData: true,
    revalidateOnFocus: false,
  });
}
