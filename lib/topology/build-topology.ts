import type { RawContainerInspect, RawContainerSummary, RawNetwork } from '../wire/raw-types';
import { containerName, toContainer } from './to-container';
import { toEndpoints } from './to-endpoints';
import { toNetwork } from './to-network';
import { ipv4InCidr } from './ipv4';
import { ipv6InCidr } from './ipv6';
import { withOwnDefaultRoutes } from './default-routes';
import type { BuildMemo, ContainerPart } from './build-memo';
import { DEFAULT_ENGINE_ID } from './engine-id';
import { DEFAULT_LABEL_POLICY, type LabelPolicy } from './label-policy';
import { withServiceNames } from './with-service-names';
import type { Endpoint, EngineInfo, Network, Swarm, Topology } from './types';

/** Everything read from one engine that a topology is made of. */
export interface RawSnapshot {
  engine: EngineInfo;
  /** netatlas's id for the engine (see EngineEntry.id); `default` when there is only one. */
  engineId?: string;
  /** The swarm this engine manages, read by readSwarm; absent or null when it manages none. */
  swarm?: Swarm | null;
  networks: RawNetwork[];
  containers: RawContainerSummary[];
  /** Inspect results by container id; a missing entry (container gone meanwhile) is tolerated. */
  inspects: Record<string, RawContainerInspect | undefined>;
}

const byName = <T extends { name: string; id: string }>(a: T, b: T) =>
  a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/**
 * Builds the domain {@link Topology} from raw engine responses. Pure and deterministic: the same
 * snapshot always gives the same topology, sorted by name, so that views keyed on it stay stable.
 * Label values are kept only where `labels` shows them (the swarm comes reshaped, by the same policy).
 * With a `memo` (one per engine), a container whose list entry and inspect are the very objects of an
 * earlier build comes back as the objects built then (see BuildMemo): the topology is equal either way.
 */
export function buildTopology(raw: RawSnapshot, labels: LabelPolicy = DEFAULT_LABEL_POLICY, memo?: BuildMemo): Topology {
  const engineId = raw.engineId ?? DEFAULT_ENGINE_ID;
  const serverVersion = raw.engine.serverVersion;
  const networks = raw.networks.map((n) => toNetwork(n, engineId, labels)).sort(byName);
  const networksByName = new Map(networks.map((n) => [n.name, n]));
  const networksById = new Map(networks.map((n) => [n.id, n]));
  memo?.begin(engineId, serverVersion, labels, networks);
  const partOf = (c: RawContainerSummary): ContainerPart => {
    const inspect = raw.inspects[c.Id] ?? null;
    const kept = memo?.get(c, inspect);
    if (kept) return kept;
    const own = toEndpoints(c, containerName(c), inspect, networksByName, networksById);
    const part = {
      container: toContainer(c, inspect, raw.containers, engineId, labels),
      endpoints: withOwnDefaultRoutes(own, (e) => networksById.get(e.networkId), serverVersion),
    };
    memo?.set(c, inspect, part);
    return part;
  };
  const parts = raw.containers.map(partOf);
  const containers = parts.map((p) => p.container).sort(byName);
  const endpoints = parts.flatMap((p) => p.endpoints);
  const order = new Map(containers.map((c, i) => [c.id, i]));
  const netOrder = new Map(networks.map((n, i) => [n.id, i]));
  endpoints.sort(
    (a, b) => (order.get(a.containerId) ?? 0) - (order.get(b.containerId) ?? 0) ||
      (netOrder.get(a.networkId) ?? 0) - (netOrder.get(b.networkId) ?? 0),
  );
  const swarms = raw.swarm ? [raw.swarm] : [];
  const withGw = withGateways(networks, endpoints);
  return {
    engine: raw.engine,
    engines: [{ id: engineId, name: raw.engine.name, host: raw.engine.host, source: 'env', state: 'live', info: raw.engine, stale: false }],
    networks: withGw,
    containers,
    endpoints: withServiceNames(endpoints, swarms, withGw),
    swarms,
  };
}

/**
 * Engine 20.10 leaves `Gateway` out of a network's IPAM config unless it was given at creation; the
 * endpoints on that network know it (`Gateway`, `IPv6Gateway`). Fills each missing subnet gateway from an
 * endpoint inside it, for both families.
 */
function withGateways(networks: Network[], endpoints: Endpoint[]): Network[] {
  return networks.map((n) => {
    if (n.subnets.every((s) => s.gateway)) return n;
    const own = endpoints.filter((e) => e.networkId === n.id);
    const v4 = own.map((e) => e.gateway).filter((g): g is string => Boolean(g));
    const v6 = own.map((e) => e.ipv6Gateway).filter((g): g is string => Boolean(g));
    const subnets = n.subnets.map((s) => {
      if (s.gateway) return s;
      const gateway = s.family === 6 ? v6.find((g) => ipv6InCidr(g, s.subnet)) : v4.find((g) => ipv4InCidr(g, s.subnet));
      return { ...s, gateway: gateway ?? null };
    });
    return { ...n, subnets };
  });
}
