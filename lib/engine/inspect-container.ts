import type Docker from 'dockerode';
import type { RawContainerInspect } from '../wire/raw-types';

function isNotFound(err: unknown): boolean {
  return (err as { statusCode?: number })?.statusCode === 404;
}

/** `GET /containers/{id}/json`; undefined when the container was removed since it was listed. */
export async function inspectContainer(docker: Docker, id: string): Promise<RawContainerInspect | undefined> {
  try {
    return (await docker.getContainer(id).inspect()) as unknown as RawContainerInspect;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}
