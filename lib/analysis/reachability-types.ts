/**
 * The answer to "can A reach B, by what, and if not why": GET /api/reachability (docs/api.md).
 * Pure data, computed from a Topology alone (see reachability.ts).
 */

/** A container as the answer names it. */
export interface Party {
  id: string;
  name: string;
}

/** Why (or why not), as a code for tests and the UI, and a sentence for people. */
export type ReasonCode =
  | 'same_container' //        A and B are the same container: localhost
  | 'shared_stack' //          one runs in the other's network stack (container:<x>), or both in a third's: localhost
  | 'shared_network' //        they share a user-defined network: names and IPs (one reason per network)
  | 'default_bridge_ip_only' // they share the default bridge: by IP only, names don't resolve there
  | 'no_shared_network' //     no network in common
  | 'source_no_network' //     A is in `none` mode
  | 'target_no_network' //     B is in `none` mode
  | 'source_host_mode' //      A uses the host's stack: it reaches B's IPs through the host's routes, not names
  | 'target_host_mode' //      B uses the host's stack: reach it at the host's address (A's gateway)
  | 'source_stopped' //        A is not running
  | 'target_stopped' //        B is not running
  | 'internal_network' //      A's only way out is an internal network (no route to the host or beyond)
  | 'published_port_only' //   no shared network, but B publishes ports on its host that A could reach (A's gateway, or B's host's address)
  | 'other_host'; //           A and B run on different engines (hosts) and share no swarm network: no local network joins them

export interface Reason {
  code: ReasonCode;
  /** A sentence for the user, naming the containers, networks and addresses involved. */
  message: string;
}

/** One way from A to B: a network both are on (or the host, for host mode). */
export interface Route {
  /**
   * The network both share; for a host-mode A, the bridge B's address is on (the host routes to it);
   * null for localhost (one network stack) and for the host's address (host-mode B).
   */
  networkId: string | null;
  networkName: string | null;
  /** Names that resolve to B from A on this network (empty where DNS does not serve). */
  names: string[];
  /** B's IPv4 address as A reaches it on this route; null on an IPv6-only network. */
  ipv4: string | null;
  /** B's global IPv6 address on this route (dual-stack or IPv6-only network); null without one. */
  ipv6: string | null;
}

export interface Reachability {
  from: Party;
  to: Party;
  reachable: boolean;
  /** Every name by which A reaches B (union over the routes), sorted. */
  names: string[];
  /** Every address by which A reaches B: the IPv4 ones first, then the IPv6 ones, each in numeric order. */
  ips: string[];
  routes: Route[];
  /** At least one; the first is the main verdict. */
  reasons: Reason[];
}

/** Every ordered pair of a selected set: cells[i][j] is from containers[i] to containers[j]. */
export interface ReachabilityMatrix {
  containers: Party[];
  cells: Reachability[][];
}
