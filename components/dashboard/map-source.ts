import type { Diagnostic } from '@/lib/analysis/diagnostic-types';
import type { PortMap } from '@/lib/analysis/port-map-types';
import type { Snapshot } from '@/lib/api/schemas/snapshot-schema';
import type { ApiError } from '@/lib/client/fetch-json';
import type { Topology } from '@/lib/topology/types';
import type { ActivityStore } from '../hooks/activity-store';
import type { LinkStatus } from '../hooks/use-engine-events';

/** An analysis the page shows (the doctor's findings, the host-port map), SWR-shaped. */
export interface Analysis<T> {
  data?: T;
  error?: ApiError;
  isLoading: boolean;
}

/** A snapshot the page shows instead of live engines, and where it came from. */
export interface OpenedSnapshot {
  snapshot: Snapshot;
  /**
   * A file the user opened, the sample map, the server's own (NETATLAS_SNAPSHOT: no way back to
   * live), or a past map from the server's history (the timeline).
   */
  from: 'file' | 'sample' | 'server' | 'history';
  /** The file's name, for the banner. */
  name: string;
}

/**
 * Everything the dashboard draws from, whether live engines (use-live-map) or a snapshot
 * (use-snapshot-map): the map, its link state and activity, and the analyses.
 */
export interface MapSource {
  data?: Topology;
  error?: ApiError;
  /** When the map last changed (ms); analyses are read again when it moves. */
  updatedAt?: number;
  refresh(): void;
  link: LinkStatus;
  activity: ActivityStore;
  diagnostics: Analysis<Diagnostic[]>;
  /** The host-port map when it is at hand (a snapshot's); live, the panel reads it while open. */
  ports?: Analysis<PortMap>;
  /** Set when the map is a snapshot: nothing is live and nothing can be changed. */
  snapshot?: OpenedSnapshot;
}
