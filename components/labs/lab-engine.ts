import type { Topology } from '@/lib/topology/types';

/**
 * The engine a lab works on, as `?engine=`: none while the map has one engine (the server's only one),
 * else the one picked on the map, or the first live one.
 */
export function labEngineId(t: Topology | undefined, picked: string | null): string | null {
  if (!t || t.engines.length <= 1) return null;
  return picked ?? t.engines.find((e) => e.state === 'live')?.id ?? null;
}
