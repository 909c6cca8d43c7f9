import 'server-only';
import { AppError } from '../../errors/app-error';
import { toNetwork } from '../../topology/to-network';
import type { EngineClient } from '../../engine/engine-client';
import { networkDelete } from '../../engine/network-ops';
import { refineEngineError } from '../../engine/refine-engine-error';
import { resolveNetwork } from '../../engine/resolve-refs';
import { attachedContainers } from './attached-containers';
import type { ObjectRef } from '../../api/schemas/action-results';

/**
 * Removes a user-defined network. Refuses built-in networks (403) and a network that still has
 * containers attached (409, naming them), before the engine is asked.
 */
export async function removeNetwork(client: EngineClient, ref: string): Promise<ObjectRef> {
  try {
    return await client.call(async ({ docker }) => {
      const raw = await resolveNetwork(docker, ref);
      if (toNetwork(raw).builtin) {
        throw new AppError('forbidden', `${raw.Name} is a built-in network of the engine and cannot be removed.`);
      }
      const attached = await attachedContainers(docker, raw.Id, raw.Name);
      if (attached.length > 0) {
        throw new AppError('conflict', `Network ${raw.Name} still has endpoints: ${attached.join(', ')}. Disconnect them first.`);
      }
      await networkDelete(docker, raw.Id);
      return { id: raw.Id, name: raw.Name };
    });
  } catch (err) {
    throw refineEngineError(err);
  }
}
