/** The types of compareTopologies (compare-topologies.ts): the changes it lists, and the pairs it matches them in. */

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One thing that is different: an element only in `before` (removed), only in `after` (added), or in both but different. */
export interface Change {
  kind: ChangeKind;
  /** The engine the element is on (a container's, an endpoint's container's, a network's first engine). */
  engineId: string;
  /** The name as it is now (`after`), or as it was when removed. An endpoint's or port's is its container's. */
  name: string;
  /** The element's id in `before` (absent when added): a container's or network's id, an endpoint's `containerId/networkId`, a port's container's id. */
  beforeId?: string;
  /** The element's id in `after` (absent when removed). */
  afterId?: string;
  /**
   * Changed: one short sentence per thing that changed (`running → exited`). Added or removed: the
   * facts worth naming with it (image and state, addresses, the binding), possibly none.
   */
  details: string[];
  /**
   * Removed only: an element of `after` has the same id (a container of another engine, as when one
   * daemon is configured as two engines), so the map cannot draw the ghost under its own id.
   */
  beforeIdTaken?: true;
}

/** A container or network an endpoint or port belongs to, by its ids on each side where it exists. */
export interface ElementRef {
  name: string;
  beforeId?: string;
  afterId?: string;
}

export interface NetworkChange extends Change {
  /** A swarm-scope network spans hosts: no one engine to name it by. */
  spansHosts: boolean;
}

export interface EndpointChange extends Change {
  container: ElementRef;
  network: ElementRef;
}

/** One published port binding of a container (a container port published at one host address and port). */
export interface PortChange extends Change {
  container: ElementRef;
  /** `80/tcp`: the container's side of the binding. */
  port: string;
  /** The host side, where it was and where it is: `127.0.0.1:8080`, `[::]:8080`. */
  before?: string;
  after?: string;
}

export interface TopologyComparison {
  networks: NetworkChange[];
  containers: Change[];
  endpoints: EndpointChange[];
  ports: PortChange[];
  /** The number of changes in all four lists; 0 when nothing changed. */
  total: number;
  /** Every engine on either side, sorted: with several, sentences say which host a container is on. */
  engineIds: string[];
}

export type Side = 'before' | 'after';

export interface Pair<T> {
  before?: T;
  after?: T;
}
