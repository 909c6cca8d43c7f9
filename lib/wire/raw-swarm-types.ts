/**
 * The slices of the Engine API's swarm answers netatlas reads (PascalCase, as the engine sends them):
 * `GET /info` (its Swarm part), `GET /services`, `GET /tasks`, `GET /nodes`. Only lib/engine and the
 * lib/topology functions that reshape them may use these types.
 *
 * Swarm object ids (services, tasks, nodes, and swarm-scope networks such as overlays and ingress)
 * are 25-character base-36 strings, not the 64-hex ids of local containers and networks.
 */

/** The Swarm part of `GET /info`. */
export interface RawSwarmInfo {
  /** Empty outside a swarm. */
  NodeID?: string;
  NodeAddr?: string;
  /** `inactive`, `pending`, `active`, `error`, `locked`. */
  LocalNodeState?: string;
  /** True on a manager: only managers answer `/services`, `/tasks` and `/nodes`. */
  ControlAvailable?: boolean;
  Error?: string;
  /** Present on managers only. */
  Cluster?: { ID?: string } | null;
}

/** A published port of a service (`Endpoint.Ports`). */
export interface RawServicePort {
  Protocol?: string;
  TargetPort?: number;
  /** Absent for a host-mode port the node picks per task. */
  PublishedPort?: number;
  /** `ingress` (the default) or `host`. */
  PublishMode?: string;
}

/** A network a service or task spec asks for; `Target` holds the network id once created. */
export interface RawNetworkAttachmentConfig {
  Target?: string;
  Aliases?: string[] | null;
}

/** An entry of `GET /services`. */
export interface RawService {
  ID: string;
  Spec: {
    Name: string;
    Labels?: Record<string, string> | null;
    TaskTemplate?: {
      ContainerSpec?: { Image?: string };
      Networks?: RawNetworkAttachmentConfig[] | null;
    };
    /** Exactly one of these is set; the jobs came with API 1.41. */
    Mode?: {
      Replicated?: { Replicas?: number };
      Global?: object;
      ReplicatedJob?: { MaxConcurrent?: number; TotalCompletions?: number };
      GlobalJob?: object;
    };
    /** Deprecated place of the networks (API < 1.25 services). */
    Networks?: RawNetworkAttachmentConfig[] | null;
  };
  /** What the swarm made of the endpoint spec: the ports it published and the VIP on each network. */
  Endpoint?: {
    Spec?: { Mode?: string; Ports?: RawServicePort[] | null };
    Ports?: RawServicePort[] | null;
    /** One per network the service is on; none for `dnsrr`. `Addr` has a prefix length (`10.0.1.2/24`). */
    VirtualIPs?: Array<{ NetworkID?: string; Addr?: string }> | null;
  };
}

/** An entry of `GET /tasks`. */
export interface RawTask {
  ID: string;
  ServiceID?: string;
  /** Replica number; absent for a global service's tasks. */
  Slot?: number;
  /** Absent while the scheduler has not placed the task. */
  NodeID?: string;
  Status?: {
    /** `new`, `pending`, `assigned`, `preparing`, `starting`, `running`, `complete`, `shutdown`, `failed`, `rejected`, `remove`, `orphaned`. */
    State?: string;
    Message?: string;
    /** Why the task failed, e.g. `task: non-zero exit (3)`. */
    Err?: string;
    ContainerStatus?: { ContainerID?: string; ExitCode?: number };
  };
  DesiredState?: string;
  /** Absent until the task got addresses (and for a task on no network). `Addresses` have a prefix length. */
  NetworksAttachments?: Array<{ Network?: { ID?: string }; Addresses?: string[] | null }> | null;
}

/** An entry of `GET /nodes`. */
export interface RawNode {
  ID: string;
  Spec?: { Role?: string; Availability?: string };
  Description?: { Hostname?: string };
  /** `Addr` is the node's address as the swarm sees it (some engines report `0.0.0.0` for a manager). */
  Status?: { State?: string; Addr?: string };
  /** Managers only. `Addr` is `<ip>:2377`. */
  ManagerStatus?: { Leader?: boolean; Reachability?: string; Addr?: string } | null;
}
