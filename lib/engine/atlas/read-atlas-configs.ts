import type { ContainerConfigs } from '../../analysis/diagnostics/container-config';
import type { Topology } from '../../topology/types';
import { readContainerConfigs } from '../read-container-configs';
import type { Atlas } from './atlas';

/**
 * The doctor's container configs for the containers of `map`, from every engine that answers (container
 * ids do not collide across engines). An engine that is down adds nothing: its containers are judged on
 * what the map shows.
 */
export async function readAtlasConfigs(atlas: Atlas, map: Topology): Promise<ContainerConfigs> {
  const parts = await Promise.all(
    atlas.members.map((m) => {
      const asked = m.watcher?.state.state === 'live' || atlas.members.length === 1;
      const ids = map.containers.filter((c) => c.engineId === m.id).map((c) => c.id);
      return m.client && asked ? readContainerConfigs(m.client, ids) : Promise.resolve({});
    }),
  );
  return Object.assign({}, ...parts);
}
