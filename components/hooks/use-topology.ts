'use client';
import { useCallback, useRef, useState } from 'react';
import useSWR from 'swr';
import type { ApiError } from '@/lib/client/fetch-json';
import { fetchTopology, type HeldTopology } from '@/lib/client/fetch-topology';
import { patchHeldTopology, type TopologyChange } from '@/lib/client/patch-held-topology';

/** Re-read interval while live events are not flowing (and retry interval while the engine is away). */
export const FALLBACK_REFRESH_MS = 5000;
/** Safety re-read while live events flow (a 304 when nothing changed): covers a lost message. */
export const LIVE_REFRESH_MS = 60_000;

/** The newer of what is held and what a read gave (a restarted server's map always wins). */
function newerOf(held: HeldTopology | undefined, read: HeldTopology): HeldTopology {
  return held && held.epoch === read.epoch && held.version > read.version ? held : read;
}

/**
 * The engine's topology. Read whole once, then patched by the event stream's diffs (`applyChange`);
 * read again only when a diff cannot be applied (a change missed, a server restart) and as a
 * conditional safety re-read. Keeps the last good map while the engine is unreachable (`error` is set
 * and `data` is the last known state) and retries on its own. `refresh()` coalesces: a change
 * announced while a read is in flight triggers exactly one more read after it.
 */
export function useTopology(live: boolean) {
  const [updatedAt, setUpdatedAt] = useState<number | undefined>();
  const held = useRef<HeldTopology | undefined>(undefined);
  // A full read that started before a diff was applied may answer an older version: keep the newer.
  const read = async () => newerOf(held.current, await fetchTopology(held.current ?? null));
  const swr = useSWR<HeldTopology, ApiError>('/api/topology', read, {
    refreshInterval: live ? LIVE_REFRESH_MS : FALLBACK_REFRESH_MS,
    errorRetryInterval: FALLBACK_REFRESH_MS,
    keepPreviousData: true,
    revalidateOnFocus: true,
    dedupingInterval: 0,
    // A 304 gives back the very object held: nothing changed, nothing re-renders.
    compare: (a, b) => a === b,
    onSuccess: (data) => {
      if (data !== held.current) setUpdatedAt(Date.now());
      held.current = data;
    },
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
  /** A diff from the event stream: patched in place, or the whole map read again when it does not fit. */
  const applyChange = useCallback((change: TopologyChange) => {
    const next = patchHeldTopology(held.current, change);
    if (next === 'refetch') return void refresh();
    if (next === held.current) return;
    held.current = next;
    setUpdatedAt(Date.now());
    void mutate(next, { revalidate: false });
  }, [mutate, refresh]);
  return { data: swr.data?.topology, error: swr.error, updatedAt, refresh, applyChange };
}
