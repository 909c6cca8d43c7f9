import type Docker from 'dockerode';
import type { RawContainerInspect, RawContainerSummary } from '../wire/raw-types';

/** `GET /containers/json?all=1`: running and stopped. */
export async function containerList(docker: Docker): Promise<RawContainerSummary[]> {
  return (await docker.listContainers({ all: true })) as unknown as RawContainerSummary[];
}

/**
 * `GET /containers/{id}/json`. A container removed meanwhile is the engine's 404 (unlike
 * inspectContainer, which reads the map and skips it).
 */
export async function containerInspect(docker: Docker, id: string): Promise<RawContainerInspect> {
  return (await docker.getContainer(id).inspect()) as unknown as RawContainerInspect;
}
