import { PROBE_LABEL } from '../topology/probe-label';
import type { Topology } from '../topology/types';

/**
 * The map without netatlas's own probe helpers (labelled `netatlas.probe`): each lives a second in the
 * network stack of the container it probes from, and drawn it would only add a node, flash and shift
 * the layout for every probe and every lab check. The topology itself (the API, the panels) keeps them.
 * Pure; a map without helpers is returned as it is.
 */
export function withoutProbeHelpers(topology: Topology): Topology {
  const helpers = new Set(topology.containers.filter((c) => PROBE_LABEL in c.labels).map((c) => c.id));
  if (helpers.size === 0) return topology;
  return {
    ...topology,
    containers: topology.containers.filter((c) => !helpers.has(c.id)),
    endpoints: topology.endpoints.filter((e) => !helpers.has(e.containerId)),
  };
}
