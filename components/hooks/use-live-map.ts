'use client';
import { useRef } from 'react';
import type { Diagnostic } from '@/lib/analysis/diagnostic-types';
import type { MapSource } from '../dashboard/map-source';
import { analysisVersion, useAnalysis } from './use-analysis';
import { useEngineEvents, type MapUpdates } from './use-engine-events';
import { useTopology } from './use-topology';

/**
 * The live map: the topology read once and patched by the event stream's diffs, the link state and
 * activity, and the doctor's findings (read again when the map changed).
 */
export function useLiveMap(): MapSource {
  const map = useRef<MapUpdates>({ onTopology: () => {}, onReconnect: () => {} });
  const { link, activity } = useEngineEvents({ onTopology: (c) => map.current.onTopology(c), onReconnect: () => map.current.onReconnect() });
  const { data, error, updatedAt, refresh, applyChange } = useTopology(link.state === 'live');
  map.current = { onTopology: applyChange, onReconnect: () => void refresh() };
  const diagnostics = useAnalysis<Diagnostic[]>('/api/diagnostics', analysisVersion(updatedAt, Boolean(error)));
  return { data, error, updatedAt, refresh: () => void refresh(), link, activity, diagnostics };
}
