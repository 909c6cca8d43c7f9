import { fnv1a } from './fnv1a';
import type { Topology } from './types';

/**
 * A fingerprint of what the map shows. The containers' `status` is time-free (toTimeFreeStatus), so a
 * minute passing changes nothing here, while a container turning unhealthy does.
 */
export function topologyFingerprint(t: Topology): string {
  const text = JSON.stringify({
    networks: t.networks,
    containers: t.containers,
    endpoints: t.endpoints,
    swarms: t.swarms,
  });
  return `${fnv1a(text)}:${text.length}`;
}
