import type { RawContainerInspect, RawContainerSummary, RawPortBinding } from '../wire/raw-types';
import type { ExposedPort, PublishedPort } from './types';

type Protocol = PublishedPort['protocol'];

function toProtocol(value: string | undefined): Protocol {
  return value === 'udp' || value === 'sctp' ? value : 'tcp';
}

/** Parses an engine port key such as `5432/tcp`. */
export function parsePortKey(key: string): ExposedPort | null {
  const [port, proto] = key.split('/');
  const containerPort = Number(port);
  if (!Number.isInteger(containerPort) || containerPort <= 0) return null;
  return { containerPort, protocol: toProtocol(proto) };
}

function byPort(a: PublishedPort, b: PublishedPort): number {
  return a.containerPort - b.containerPort || a.protocol.localeCompare(b.protocol) ||
    a.hostIp.localeCompare(b.hostIp) || a.hostPort - b.hostPort;
}

function fromBindings(bindings: Record<string, RawPortBinding[] | null> | null | undefined): PublishedPort[] {
  const ports: PublishedPort[] = [];
  for (const [key, list] of Object.entries(bindings ?? {})) {
    const exposed = parsePortKey(key);
    if (!exposed) continue;
    for (const b of list ?? []) {
      const hostPort = Number(b.HostPort);
      // An empty HostPort asks for a random port: nothing is known until the container runs.
      if (!Number.isInteger(hostPort) || hostPort <= 0) continue;
      ports.push({ hostIp: b.HostIp || '0.0.0.0', hostPort, ...exposed });
    }
  }
  return ports;
}

/**
 * Published ports: the engine's live bindings while the container runs, otherwise the bindings
 * it asks for (so a container that failed with "port is already allocated" still shows them).
 */
export function toPublishedPorts(summary: RawContainerSummary, inspect: RawContainerInspect | null): PublishedPort[] {
  if (summary.State === 'running' || summary.State === 'paused' || summary.State === 'restarting') {
    return (summary.Ports ?? [])
      .filter((p) => p.PublicPort)
      .map((p) => ({
        hostIp: p.IP || '0.0.0.0',
        hostPort: p.PublicPort as number,
        containerPort: p.PrivatePort,
        protocol: toProtocol(p.Type),
      }))
      .sort(byPort);
  }
  return fromBindings(inspect?.HostConfig?.PortBindings).sort(byPort);
}

/** Ports exposed by the image or container that are not published to the host. */
export function toExposedPorts(
  summary: RawContainerSummary,
  inspect: RawContainerInspect | null,
  published: PublishedPort[],
): ExposedPort[] {
  const keys = new Set(Object.keys(inspect?.Config?.ExposedPorts ?? {}));
  for (const p of summary.Ports ?? []) if (!p.PublicPort) keys.add(`${p.PrivatePort}/${p.Type}`);
  const isPublished = (e: ExposedPort) =>
    published.some((p) => p.containerPort === e.containerPort && p.protocol === e.protocol);
  return [...keys]
    .map(parsePortKey)
    .filter((e): e is ExposedPort => e !== null && !isPublished(e))
    .sort((a, b) => a.containerPort - b.containerPort || a.protocol.localeCompare(b.protocol));
}
