import type Docker from 'dockerode';
import { isFullId, matchRef } from '../topology/match-ref';
import { containerName } from '../topology/to-container';
import type { RawContainerSummary, RawNetwork } from '../wire/raw-types';

/**
 * The engine's `name` and `id` list filters match substrings and prefixes (`web` finds `web-2`, an id
 * prefix finds any id starting with it): they only narrow the candidates, matchRef decides exactly.
 */
function filters(kind: 'id' | 'name', ref: string): string {
  return JSON.stringify({ [kind]: [ref] });
}

/**
 * The one place a user-given network reference (full 64-hex id or exact name) becomes the engine's
 * network, before any mutating call. 404 naming the ref otherwise.
 */
export async function resolveNetwork(docker: Docker, ref: string): Promise<RawNetwork> {
  const list = async (kind: 'id' | 'name') => (await docker.listNetworks({ filters: filters(kind, ref) })) as unknown as RawNetwork[];
  const candidates = [...(isFullId(ref) ? await list('id') : []), ...(await list('name'))];
  return matchRef('network', ref, candidates, { id: (n) => n.Id, names: (n) => [n.Name] });
}

/**
 * The one place a user-given container reference (full 64-hex id or exact name, `/name` allowed)
 * becomes the engine's container, stopped ones included. 404 naming the ref otherwise.
 */
export async function resolveContainer(docker: Docker, ref: string): Promise<RawContainerSummary> {
  const name = ref.replace(/^\//, '');
  const list = async (kind: 'id' | 'name', value: string) =>
    (await docker.listContainers({ all: true, filters: filters(kind, value) })) as unknown as RawContainerSummary[];
  const candidates = [...(isFullId(ref) ? await list('id', ref) : []), ...(await list('name', name))];
  return matchRef('container', ref, candidates, { id: (c) => c.Id, names: (c) => [containerName(c)] });
}
