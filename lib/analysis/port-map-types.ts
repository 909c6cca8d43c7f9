import type { PortScope } from './port-scope';

/** The host-port map: GET /api/ports (docs/api.md). */

export interface PortBinding {
  /** The engine whose host the port is on (EngineEntry.id): a host port belongs to one host. */
  engineId: string;
  /** First and last host port: equal for one port; consecutive bindings to one container collapse into a range. */
  hostPort: number;
  hostPortEnd: number;
  protocol: 'tcp' | 'udp' | 'sctp';
  containerId: string;
  containerName: string;
  /** First container port of the range (the range has the same length as the host range). */
  containerPort: number;
  /** The container is not running: the binding is what it asks for, not what it holds. */
  pending: boolean;
  /**
   * A swarm service's port on the routing mesh (every node listens and forwards to a task): then
   * `containerName` is the service's name and `containerId` is empty.
   */
  service?: { id: string; name: string };
}

/** The bindings on one host address of one engine's host. */
export interface HostInterface {
  /** The engine whose host this address is (EngineEntry.id): `0.0.0.0` of two engines is two interfaces. */
  engineId: string;
  hostIp: string;
  scope: PortScope;
  /** "every interface", "this host only", "this address only". */
  label: string;
  bindings: PortBinding[];
}

/** A container that could not start because its host port was taken ("port is already allocated"). */
export interface PortConflict {
  containerId: string;
  containerName: string;
  hostIp: string;
  hostPort: number;
  protocol: 'tcp' | 'udp' | 'sctp';
  /** The running container that holds that port, when it is one of the same engine's (another host's never does). */
  heldBy: { id: string; name: string } | null;
  /** The engine's own words. */
  message: string;
}

/** A {@link PortConflict} on the map, with the engine whose host refused the port. */
export interface HostPortConflict extends PortConflict {
  engineId: string;
}

export interface PortMap {
  /** By engine (in `Topology.engines` order), then by address. */
  interfaces: HostInterface[];
  conflicts: HostPortConflict[];
}
