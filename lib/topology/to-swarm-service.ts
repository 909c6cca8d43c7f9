import type { RawService, RawServicePort } from '../wire/raw-swarm-types';
import type { SwarmService, SwarmTask } from './types';
import { DEFAULT_LABEL_POLICY, type LabelPolicy } from './label-policy';
import { toShownLabels } from './to-shown-labels';
import { withoutPrefix } from './without-prefix';

type Port = SwarmService['ports'][number];

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

/** Jobs (API 1.41) run like their long-running counterparts: a replicated job to its completions, a global job once per node. */
function modeOf(raw: RawService): { mode: SwarmService['mode']; replicas: number | null } {
  const mode = raw.Spec.Mode ?? {};
  if (mode.Global || mode.GlobalJob) return { mode: 'global', replicas: null };
  if (mode.ReplicatedJob) return { mode: 'replicated', replicas: mode.ReplicatedJob.TotalCompletions ?? 1 };
  return { mode: 'replicated', replicas: mode.Replicated?.Replicas ?? 1 };
}

function toPort(raw: RawServicePort): Port {
  return {
    protocol: PROTOCOLS.has(raw.Protocol ?? '') ? (raw.Protocol as Port['protocol']) : 'tcp',
    targetPort: raw.TargetPort ?? 0,
    // 0: a host-mode port left for each node to pick (see the task's container).
    publishedPort: raw.PublishedPort ?? 0,
    publishMode: raw.PublishMode === 'host' ? 'host' : 'ingress',
  };
}

/** The networks the spec asks for, then the ones the swarm added (ingress, for a port on the routing mesh). */
function networkIdsOf(raw: RawService, vips: SwarmService['vips']): string[] {
  const asked = (raw.Spec.TaskTemplate?.Networks ?? raw.Spec.Networks ?? []).map((n) => n.Target ?? '');
  return [...new Set([...asked, ...vips.map((v) => v.networkId)])].filter(Boolean);
}

/**
 * Reshapes one entry of `GET /services` with its tasks (already reshaped and sorted). The ports are
 * the ones the swarm published (`Endpoint.Ports`), falling back to the spec's before it has. Label
 * values only where `labels` shows them.
 */
export function toSwarmService(raw: RawService, tasks: SwarmTask[], labels: LabelPolicy = DEFAULT_LABEL_POLICY): SwarmService {
  const name = raw.Spec.Name;
  const vips = (raw.Endpoint?.VirtualIPs ?? [])
    .filter((v) => v.NetworkID && v.Addr)
    .map((v) => ({ networkId: v.NetworkID as string, ip: withoutPrefix(v.Addr as string) }));
  const endpointMode = raw.Endpoint?.Spec?.Mode === 'dnsrr' ? 'dnsrr' : 'vip';
  return {
    id: raw.ID,
    name,
    image: raw.Spec.TaskTemplate?.ContainerSpec?.Image ?? '',
    ...modeOf(raw),
    endpointMode,
    vips,
    ports: (raw.Endpoint?.Ports ?? raw.Endpoint?.Spec?.Ports ?? []).map(toPort),
    networkIds: networkIdsOf(raw, vips),
    // With dnsrr the service name answers with every task's address instead of a VIP: still both names.
    dnsNames: [name, `tasks.${name}`],
    tasks,
    labels: toShownLabels(raw.Spec.Labels, labels),
  };
}
