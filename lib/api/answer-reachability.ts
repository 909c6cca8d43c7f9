import 'server-only';
import { reachability, reachabilityMatrix } from '../analysis/reachability';
import type { Reachability, ReachabilityMatrix } from '../analysis/reachability-types';
import type { Container, Topology } from '../topology/types';
import { AppError } from '../errors/app-error';
import { MATRIX_MAX, type ReachabilityQuery } from './schemas/reachability-query';
import { findContainer, findNetwork } from '../topology/topology-refs';
import { engineView } from '../topology/engine-view';

/** A network's containers: those with an endpoint on it, and those living in such a container's stack. */
function onNetwork(topology: Topology, ref: string): { what: string; members: Container[] } {
  const network = findNetwork(topology, ref);
  const direct = new Set(topology.endpoints.filter((e) => e.networkId === network.id).map((e) => e.containerId));
  const members = topology.containers.filter((c) => direct.has(c.id) || (c.sharesNetworkWith !== null && direct.has(c.sharesNetworkWith)));
  return { what: `network ${network.name}`, members };
}

function inProject(topology: Topology, name: string): { what: string; members: Container[] } {
  const members = topology.containers.filter((c) => c.compose?.project === name);
  if (members.length === 0) throw new AppError('not_found', `No container of a compose project "${name}" on this engine.`);
  return { what: `compose project ${name}`, members };
}

function capped({ what, members }: { what: string; members: Container[] }): Container[] {
  if (members.length > MATRIX_MAX) {
    throw new AppError('bad_request', `Invalid request: ${what} has ${members.length} containers; a matrix takes at most ${MATRIX_MAX}. Pick some with ?containers=a,b,c.`);
  }
  return members;
}

/**
 * Answers a validated `GET /api/reachability` query from one topology: user refs are resolved
 * against it (404 naming the first unknown one; 400 for a name found on several engines), then the
 * pure analysis does the rest, over the whole topology (a pair may span engines). With `engineId`,
 * refs and projects resolve on that engine only.
 */
export function answerReachability(topology: Topology, query: ReachabilityQuery, engineId: string | null = null): Reachability | ReachabilityMatrix {
  const scope = engineId === null ? topology : engineView(topology, engineId);
  const container = (ref: string) => findContainer(scope, ref);
  if (query.kind === 'pair') {
    const [from, to] = [container(query.from), container(query.to)];
    return reachability(topology, from.id, to.id);
  }
  const members =
    query.kind === 'containers' ? query.refs.map(container)
      : capped(query.kind === 'network' ? onNetwork(topology, findNetwork(scope, query.ref).id) : inProject(scope, query.name));
  return reachabilityMatrix(topology, members.map((c) => c.id));
}
