import type { RawContainerInspect, RawContainerSummary } from '../wire/raw-types';
import type { Container, ContainerState } from './types';
import { DEFAULT_ENGINE_ID } from './engine-id';
import { DEFAULT_LABEL_POLICY, type LabelPolicy } from './label-policy';
import { toExposedPorts, toPublishedPorts } from './to-ports';
import { toShownLabels } from './to-shown-labels';
import { toTimeFreeStatus } from './time-free-status';

const STATES: ContainerState[] = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'];

/** The container's own name: the entry of `Names` without a link path, slash removed. */
export function containerName(summary: Pick<RawContainerSummary, 'Names' | 'Id'>): string {
  const names = summary.Names ?? [];
  const own = names.find((n) => n.lastIndexOf('/') === 0) ?? names[0];
  return own ? own.replace(/^\//, '') : summary.Id.slice(0, 12);
}

/** Resolves `container:<id-or-name>` to the full id of that container, when it is in the list. */
function sharedStackOwner(networkMode: string, all: RawContainerSummary[]): string | null {
  if (!networkMode.startsWith('container:')) return null;
  const ref = networkMode.slice('container:'.length);
  const owner = all.find((c) => c.Id === ref || containerName(c) === ref || (ref.length >= 12 && c.Id.startsWith(ref)));
  return owner?.Id ?? null;
}

/**
 * Reshapes a container from the list call, completed by its (cached) inspect result,
 * into a domain {@link Container}. Environment variables are deliberately not carried over, and label
 * values only where `labels` shows them (the compose project and service always are).
 */
export function toContainer(
  summary: RawContainerSummary,
  inspect: RawContainerInspect | null,
  all: RawContainerSummary[],
  engineId = DEFAULT_ENGINE_ID,
  labels: LabelPolicy = DEFAULT_LABEL_POLICY,
): Container {
  const project = summary.Labels?.['com.docker.compose.project'];
  const service = summary.Labels?.['com.docker.compose.service'];
  const networkMode = summary.HostConfig?.NetworkMode ?? inspect?.HostConfig?.NetworkMode ?? 'default';
  const ports = toPublishedPorts(summary, inspect);
  return {
    id: summary.Id,
    engineId,
    name: containerName(summary),
    image: summary.Image,
    state: STATES.includes(summary.State as ContainerState) ? (summary.State as ContainerState) : 'dead',
    status: toTimeFreeStatus(summary.Status),
    networkMode,
    sharesNetworkWith: sharedStackOwner(networkMode, all),
    compose: project && service ? { project, service } : null,
    labels: toShownLabels(summary.Labels, labels),
    ports,
    exposedPorts: toExposedPorts(summary, inspect, ports),
    startError: inspect?.State?.Error?.trim() || null,
  };
}
