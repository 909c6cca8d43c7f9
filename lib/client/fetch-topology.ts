import type { Topology } from '../topology/types';
import { ApiError, readAnswer, request } from './fetch-json';

/** The map as the browser holds it: the topology and the version it is (from the answer's ETag). */
export interface HeldTopology {
  epoch: string;
  version: number;
  topology: Topology;
}

/** `"<epoch>.<version>"` → its parts, or null for any other ETag. */
function parseEtag(etag: string | null): { epoch: string; version: number } | null {
  const m = /^"([0-9a-f]+)\.(\d+)"$/.exec(etag ?? '');
  return m ? { epoch: m[1], version: Number(m[2]) } : null;
}

/**
 * GET /api/topology, conditional on the version held: an unchanged map is a 304 and costs no body
 * (`held` is returned as it is, so nothing downstream re-renders).
 */
export async function fetchTopology(held: HeldTopology | null): Promise<HeldTopology> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (held) headers['If-None-Match'] = `"${held.epoch}.${held.version}"`;
  const res = await request('/api/topology', { headers });
  if (res.status === 304 && held) return held;
  const topology = await readAnswer<Topology>(res);
  const tag = parseEtag(res.headers.get('etag'));
  if (!tag) throw new ApiError('http_error', 'The server answered the map without its version (ETag).', res.status);
  return { ...tag, topology };
}
