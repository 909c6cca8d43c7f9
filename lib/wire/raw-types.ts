/**
 * The slices of Docker Engine API responses netatlas reads (PascalCase, as the engine sends them).
 * Only lib/engine and the lib/topology functions that reshape them may use these types.
 */

export interface RawEndpointSettings {
  IPAMConfig?: { IPv4Address?: string; IPv6Address?: string } | null;
  Aliases?: string[] | null;
  /** API >= 1.45: every name that resolves to this endpoint. */
  DNSNames?: string[] | null;
  NetworkID?: string;
  EndpointID?: string;
  Gateway?: string;
  IPAddress?: string;
  IPPrefixLen?: number;
  IPv6Gateway?: string;
  GlobalIPv6Address?: string;
  GlobalIPv6PrefixLen?: number;
  MacAddress?: string;
  /** API >= 1.48 (Engine 28): the endpoint with the highest priority carries the default route. */
  GwPriority?: number;
}

export interface RawPort {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

/** An entry of `GET /containers/json?all=1`. */
export interface RawContainerSummary {
  Id: string;
  Names: string[];
  Image: string;
  State: string;
  Status: string;
  Labels: Record<string, string> | null;
  Ports: RawPort[] | null;
  HostConfig?: { NetworkMode?: string };
  NetworkSettings?: { Networks?: Record<string, RawEndpointSettings> | null };
}

export interface RawPortBinding {
  HostIp?: string;
  HostPort?: string;
}

/** The parts of `GET /containers/{id}/json` the summary lacks. */
export interface RawContainerInspect {
  Id: string;
  Name: string;
  Config?: {
    ExposedPorts?: Record<string, object> | null;
    Env?: string[] | null;
    Labels?: Record<string, string> | null;
    Hostname?: string;
  };
  HostConfig?: {
    NetworkMode?: string;
    PortBindings?: Record<string, RawPortBinding[] | null> | null;
    Links?: string[] | null;
  };
  NetworkSettings?: {
    Ports?: Record<string, RawPortBinding[] | null> | null;
    Networks?: Record<string, RawEndpointSettings> | null;
  };
  /** `Error`: why the last start failed (e.g. "port is already allocated"); empty otherwise. */
  State?: { Status?: string; Running?: boolean; Error?: string };
}

export interface RawIpamConfig {
  Subnet?: string;
  Gateway?: string;
  IPRange?: string;
}

/** An entry of `GET /networks`. */
export interface RawNetwork {
  Id: string;
  Name: string;
  Created?: string;
  Scope?: string;
  Driver?: string;
  /** API >= 1.47 (Engine 28): false for an IPv6-only network. Absent before: IPv4 always on. */
  EnableIPv4?: boolean;
  EnableIPv6?: boolean;
  Internal?: boolean;
  Attachable?: boolean;
  Ingress?: boolean;
  IPAM?: { Config?: RawIpamConfig[] | null } | null;
  Options?: Record<string, string> | null;
  Labels?: Record<string, string> | null;
}
