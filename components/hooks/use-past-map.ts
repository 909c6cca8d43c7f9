'use client';
import { useMemo } from 'react';
import useSWR from 'swr';
import { SNAPSHOT_FORMAT } from '@/lib/api/schemas/snapshot-format';
import type { Snapshot } from '@/lib/api/schemas/snapshot-schema';
import type { ApiError } from '@/lib/client/fetch-json';
import { fetchMapAt, type PastMap } from '@/lib/client/fetch-map-at';
import type { MapSource } from '../dashboard/map-source';
import { NO_ACTIVITY } from './activity-store';
import { snapshotSource } from './use-snapshot-map';

const NOTHING: MapSource = { refresh: () => {}, link: { state: 'connecting' }, activity: NO_ACTIVITY, diagnostics: { isLoading: true } };

/**
 * The map as it was at `at` (ms), from the server's history, as a snapshot (nothing live, nothing to
 * change; Export writes it as a snapshot file). While scrubbing, the previous step stays on screen
 * until the next one is read.
 */
export function usePastMap(at: number): MapSource {
  const { data, error } = useSWR<PastMap, ApiError>(['past-map', at], () => fetchMapAt(at), { keepPreviousData: true, revalidateOnFocus: false });
  return useMemo(() => {
    if (!data) return { ...NOTHING, error };
    const takenAt = new Date(data.since).toISOString();
    const snapshot: Snapshot = { format: SNAPSHOT_FORMAT, takenAt, netatlasVersion: process.env.NETATLAS_VERSION ?? '0.0.0', topology: data.topology };
    return { ...snapshotSource({ snapshot, from: 'history', name: `the map at ${takenAt}` }), error };
  }, [data, error]);
}
