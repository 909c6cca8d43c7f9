import type { Topology } from '../topology/types';
import { readAnswer, request } from './fetch-json';

/** A past map from the server's history, and when that version of it began. */
export interface PastMap {
  topology: Topology;
  /** When the version shown began (ms): at or before the time asked for. */
  since: number;
  version: number;
}

/** GET /api/topology?at=: the map as it was at `time` (ms); an {@link ApiError} (e.g. 410 history_gone) otherwise. */
export async function fetchMapAt(time: number): Promise<PastMap> {
  const res = await request(`/api/topology?at=${encodeURIComponent(new Date(time).toISOString())}`, { headers: { Accept: 'application/json' } });
  const topology = await readAnswer<Topology>(res);
  return { topology, since: Date.parse(res.headers.get('netatlas-map-time') ?? '') || time, version: Number(res.headers.get('netatlas-map-version')) };
}

/** GET /api/history: the changes the server keeps, and how much it keeps. */
export interface MapHistory {
  oldest: string | null;
  newest: string | null;
  changes: Array<{ version: number; at: string; summary: string }>;
  kept: { changes: number; bytes: number; maxChanges: number; maxBytes: number };
}
