import type Docker from 'dockerode';
import type { RawContainerInspect } from '../wire/raw-types';
import { containerInspect } from './container-ops';

function isNotFound(err: unknown): boolean {
  return (err as { statusCode?: number })?.statusCode === 404;
}

/** `GET /containers/{id}/json`; undefined when the container was removed since it was listed. */
export async function inspectContainer(docker: Docker, id: string): Promise<RawContainerInspect | undefined> {
  try {
    return await containerInspect(docker, id);
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}
