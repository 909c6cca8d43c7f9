import type Docker from 'dockerode';
import type { RawNetwork } from '../wire/raw-types';

/** `GET /networks/{id}`: the list entry plus the running endpoints, keyed by container id. */
export type RawNetworkInspect = RawNetwork & {
  Containers?: Record<string, { Name?: string; IPv4Address?: string; IPv6Address?: string }> | null;
};

/**
 * What a connect asks of the engine besides the container. Only the fields given reach the engine
 * (`EndpointConfig`), so an older engine never sees one it lacks.
 */
export interface EndpointSpec {
  aliases?: string[];
  ipv4?: string;
  ipv6?: string;
  /** `GwPriority`, API 1.48+. */
  gwPriority?: number;
}

/** One IPAM pool of a new network (IPv4 or IPv6, told apart by the subnet). */
export interface PoolSpec {
  subnet: string;
  gateway?: string;
  ipRange?: string;
}

/** A new network, with every default already decided by the caller. */
export interface NetworkSpec {
  name: string;
  driver: string;
  internal: boolean;
  attachable: boolean;
  labels: Record<string, string>;
  /** Sent (`EnableIPv6: true`) only when true. */
  enableIpv6: boolean;
  /** Sent (`EnableIPv4: false`, API 1.47+) only when false. */
  enableIpv4: boolean;
  /** None: the engine picks (an IPv4 /24, on 27+ with IPv6 a unique-local /64). */
  pools: PoolSpec[];
}

/** `GET /networks`. */
export async function networkList(docker: Docker): Promise<RawNetwork[]> {
  return (await docker.listNetworks()) as unknown as RawNetwork[];
}

/** `GET /networks/{id}`. */
export async function networkInspect(docker: Docker, id: string): Promise<RawNetworkInspect> {
  return (await docker.getNetwork(id).inspect()) as RawNetworkInspect;
}

const toIpamConfig = (p: PoolSpec) => ({ Subnet: p.subnet, ...(p.gateway ? { Gateway: p.gateway } : {}), ...(p.ipRange ? { IPRange: p.ipRange } : {}) });

/** `POST /networks/create`; the new network's id. The engine refuses a duplicate name itself (`CheckDuplicate`). */
export async function networkCreate(docker: Docker, spec: NetworkSpec): Promise<string> {
  const created = await docker.createNetwork({
    Name: spec.name,
    Driver: spec.driver,
    CheckDuplicate: true,
    Internal: spec.internal,
    Attachable: spec.attachable,
    Labels: spec.labels,
    ...(spec.enableIpv6 ? { EnableIPv6: true } : {}),
    ...(spec.enableIpv4 ? {} : { EnableIPv4: false }),
    ...(spec.pools.length ? { IPAM: { Driver: 'default', Config: spec.pools.map(toIpamConfig) } } : {}),
  });
  return created.id;
}

/** `DELETE /networks/{id}`. */
export async function networkDelete(docker: Docker, id: string): Promise<void> {
  await docker.getNetwork(id).remove();
}

/** `POST /networks/{id}/connect`. */
export async function networkConnect(docker: Docker, networkId: string, containerId: string, endpoint: EndpointSpec): Promise<void> {
  const { aliases, ipv4, ipv6, gwPriority } = endpoint;
  const ipam = { ...(ipv4 ? { IPv4Address: ipv4 } : {}), ...(ipv6 ? { IPv6Address: ipv6 } : {}) };
  const config = {
    ...(aliases?.length ? { Aliases: aliases } : {}),
    ...(ipv4 || ipv6 ? { IPAMConfig: ipam } : {}),
    ...(gwPriority !== undefined ? { GwPriority: gwPriority } : {}),
  };
  await docker.getNetwork(networkId).connect({ Container: containerId, EndpointConfig: config });
}

/** `POST /networks/{id}/disconnect`. */
export async function networkDisconnect(docker: Docker, networkId: string, containerId: string, force: boolean): Promise<void> {
  await docker.getNetwork(networkId).disconnect({ Container: containerId, Force: force });
}
