'use client';
import { useState } from 'react';
import useSWR from 'swr';
import { fetchJson, type ApiError } from '@/lib/api/fetch-json';
import type { Topology } from '@/lib/topology/types';

/** How often the map re-reads the engine, and retries while the engine is unreachable. */
export const REFRESH_MS = 5000;

/**
 * The engine's topology. Keeps the last good map while the engine is unreachable (`error` is set
 * and `data` is the last known state), and retries on its own.
 */
export function useTopology() {
  const [updatedAt, setUpdatedAt] = useState<number | undefined>();
  const swr = useSWR<Topology, ApiError>('/api/topology', fetchJson, {
    refreshInterval: REFRESH_MS,
    errorRetryInterval: REFRESH_MS,
    keepPreviousData: true,
    revalidateOnFocus: true,
    dedupingInterval: 1000,
    onSuccess: () => setUpdatedAt(Date.now()),
  });
  return { ...swr, updatedAt };
}
