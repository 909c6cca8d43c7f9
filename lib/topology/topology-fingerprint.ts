import { fnv1a } from './fnv1a';
import type { Topology } from './types';

/**
 * A fingerprint of what the map shows. Leaves out the engine's human `status` ("Up 3 minutes"),
 * which changes every minute without anything having changed.
 */
export function topologyFingerprint(t: Topology): string {
  const text = JSON.stringify({
    networks: t.networks,
    containers: t.containers.map(({ status: _status, ...rest }) => rest),
    endpoints: t.endpoints,
    swarms: t.swarms,
  });
  return `${fnv1a(text)}:${text.length}`;
}
