import type { ContainerConfigs } from '../../analysis/diagnostics/container-config';
import { readContainerConfigs } from '../read-container-configs';
import type { Atlas } from './atlas';

/**
 * The doctor's container configs from every engine that answers (container ids do not collide across
 * engines). An engine that is down adds nothing: its containers are judged on what the map shows.
 */
export async function readAtlasConfigs(atlas: Atlas): Promise<ContainerConfigs> {
  const parts = await Promise.all(
    atlas.members.map((m) => {
      const asked = m.watcher?.state.state === 'live' || atlas.members.length === 1;
      return m.client && asked ? readContainerConfigs(m.client) : Promise.resolve({});
    }),
  );
  return Object.assign({}, ...parts);
}
