import type Docker from 'dockerode';
import { AppError } from '../errors/app-error';
import { isFullId } from '../api/schemas/refs';
import type { RawContainerSummary, RawNetwork } from '../wire/raw-types';

/**
 * The engine's `name` and `id` list filters match substrings and prefixes (`web` finds `web-2`, an id
 * prefix finds any id starting with it), so every candidate is compared exactly here.
 */
function filters(kind: 'id' | 'name', ref: string): string {
  return JSON.stringify({ [kind]: [ref] });
}

/**
 * The one place a user-given network reference (full 64-hex id or exact name) becomes the engine's
 * network, before any mutating call. An id wins over a name, as in the engine. 404 naming the ref otherwise.
 */
export async function resolveNetwork(docker: Docker, ref: string): Promise<RawNetwork> {
  const list = async (kind: 'id' | 'name') =>
    (await docker.listNetworks({ filters: filters(kind, ref) })) as unknown as RawNetwork[];
  const byId = isFullId(ref) ? (await list('id')).find((n) => n.Id === ref) : undefined;
  const found = byId ?? (await list('name')).find((n) => n.Name === ref);
  if (!found) throw new AppError('not_found', `No network "${ref}" on this engine (give its full id or exact name).`);
  return found;
}

/**
 * The one place a user-given container reference (full 64-hex id or exact name, `/name` allowed)
 * becomes the engine's container, stopped ones included. 404 naming the ref otherwise.
 */
export async function resolveContainer(docker: Docker, ref: string): Promise<RawContainerSummary> {
  const name = ref.replace(/^\//, '');
  const list = async (kind: 'id' | 'name', value: string) =>
    (await docker.listContainers({ all: true, filters: filters(kind, value) })) as unknown as RawContainerSummary[];
  const byId = isFullId(ref) ? (await list('id', ref)).find((c) => c.Id === ref) : undefined;
  const found = byId ?? (await list('name', name)).find((c) => c.Names.includes(`/${name}`));
  if (!found) throw new AppError('not_found', `No container "${name}" on this engine (give its full id or exact name).`);
  return found;
}

/** A container's name without the engine's leading slash. */
export function containerName(c: RawContainerSummary): string {
  return (c.Names.find((n) => n.lastIndexOf('/') === 0) ?? c.Names[0] ?? c.Id).replace(/^\//, '');
}
