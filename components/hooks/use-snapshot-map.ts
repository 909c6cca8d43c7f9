'use client';
import { useMemo } from 'react';
import { buildDiagnostics } from '@/lib/analysis/diagnostics';
import { buildPortMap } from '@/lib/analysis/port-map';
import type { MapSource, OpenedSnapshot } from '../dashboard/map-source';
import { NO_ACTIVITY } from './activity-store';


/**
 * A snapshot as the dashboard's source, computed in the browser: its map, the doctor's findings saved
 * with it (or those its map alone shows), the host-port map. No stream, no engine, nothing to refresh.
 */
export function useSnapshotMap(opened: OpenedSnapshot): MapSource {
  return useMemo(() => snapshotSource(opened), [opened]);
}

/** A snapshot as a map source (see {@link useSnapshotMap}). */
export function snapshotSource(opened: OpenedSnapshot): MapSource {
  const { topology, diagnostics, takenAt } = opened.snapshot;
  return {
    data: topology,
    updatedAt: Date.parse(takenAt),
    refresh: () => {},
    link: { state: 'live' },
    activity: NO_ACTIVITY,
    diagnostics: { data: diagnostics ?? buildDiagnostics(topology), isLoading: false },
    ports: { data: buildPortMap(topology, {}), isLoading: false },
    snapshot: opened,
  };
}
