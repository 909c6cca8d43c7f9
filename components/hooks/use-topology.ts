'use client';
import { useCallback, useRef, useState } from 'react';
import useSWR from 'swr';
import { fetchJson, type ApiError } from '@/lib/client/fetch-json';
import type { Topology } from '@/lib/topology/types';

/** Re-read interval while live events are not flowing (and retry interval while the engine is away). */
export const FALLBACK_REFRESH_MS = 5000;
/** Safety re-read while live events flow: the server reconciles too, this only covers a lost stream. */
export const LIVE_REFRESH_MS = 60_000;

/**
 * The engine's topology. Keeps the last good map while the engine is unreachable (`error` is set and
 * `data` is the last known state) and retries on its own. `refresh()` coalesces: a change announced
 * while a read is in flight triggers exactly one more read after it, so the last change is never lost.
 */
export function useTopology(live: boolean) {
  const [updatedAt, setUpdatedAt] = useState<number | undefined>();
  const swr = useSWR<Topology, ApiError>('/api/topology', fetchJson, {
    refreshInterval: live ? LIVE_REFRESH_MS : FALLBACK_REFRESH_MS,
    errorRetryInterval: FALLBACK_REFRESH_MS,
    keepPreviousData: true,
    revalidateOnFocus: true,
    dedupingInterval: 0,
    onSuccess: () => setUpdatedAt(Date.now()),
  });
  const inFlight = useRef(false);
  const again = useRef(false);
  const { mutate } = swr;
  const refresh = useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    try {
      do {
        again.current = false;
        await mutate();
      } while (again.current);
    } finally {
      inFlight.current = false;
    }
  }, [mutate]);
  return { ...swr, updatedAt, refresh };
}
