'use client';
import { useEffect, useRef, useState } from 'react';
import useSWR from 'swr';
import { fetchJson, type ApiError } from '@/lib/client/fetch-json';
import type { Analysis } from '../dashboard/map-source';

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
 * The version to read an analysis at: the time of the map's last change once it has arrived, `undefined`
 * while the first read is on its way (asking then would race the map's own read for the server, and
 * answer a question about a map the page does not show yet), and 0 when that read failed (the analysis
 * says why in its own words, e.g. that no engine answers).
 */
export function analysisVersion(updatedAt: number | undefined, failed: boolean): number | undefined {
  return updatedAt ?? (failed ? 0 : undefined);
}

/**
 * A server-side analysis (host ports, diagnostics) read again when the topology changed: `version` (see
 * {@link analysisVersion}) is the time of the last topology change, so a change (or a burst of them) means
 * one more request shortly after, no polling. Nothing is read while `version` is undefined: the analysis
 * is "loading" meanwhile.
 */
export function useAnalysis<T>(url: string | null, version: number | undefined): Analysis<T> {
  const settled = useSettled(version, ANALYSIS_SETTLE_MS);
  const waiting = url !== null && settled === undefined;
  const { data, error, isLoading } = useSWR<T, ApiError>(url && !waiting ? [url, settled] : null, ([u]: [string, number]) => fetchJson<T>(u), {
    keepPreviousData: true,
    revalidateOnFocus: false,
  });
  return { data, error, isLoading: isLoading || waiting };
}
