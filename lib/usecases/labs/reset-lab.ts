import 'server-only';
import type { EngineClient } from '../../engine/engine-client';
import { findLabelled, removeContainerForced } from '../../engine/lab-resources';
import { networkDelete } from '../../engine/network-ops';
import { refineEngineError } from '../../engine/refine-engine-error';
import { LAB_LABEL, type LabId } from '../../labs/lab-types';

export interface LabResetResult {
  id: LabId;
  removed: { containers: string[]; networks: string[] };
  /** Lab networks left in place, and why (a container of the user's own is still attached). */
  kept: Array<{ network: string; why: string }>;
}

/**
 * POST /api/labs/{id}/reset: removes what carries `netatlas.lab=<id>` and only that: the lab's
 * containers (forced: they are the lab's), then its networks. A lab network that one of the user's
 * own containers still uses is kept and named, since removing it would need to touch that container.
 */
export async function resetLab(client: EngineClient, id: LabId): Promise<LabResetResult> {
  try {
    return await client.call(async ({ docker }) => {
      const found = await findLabelled(docker, LAB_LABEL, id);
      await Promise.all(found.containers.map((c) => removeContainerForced(docker, c.id)));
      const removed: string[] = [];
      const kept: LabResetResult['kept'] = [];
      for (const n of found.networks) {
        try {
          await networkDelete(docker, n.id);
          removed.push(n.name);
        } catch (err) {
          const status = (err as { statusCode?: number }).statusCode;
          if (status === 404) continue;
          if (status !== 403 && status !== 409) throw err;
          kept.push({ network: n.name, why: `containers that are not the lab's are still attached to ${n.name}; disconnect them and Reset again` });
        }
      }
      return { id, removed: { containers: found.containers.map((c) => c.name), networks: removed }, kept };
    });
  } catch (err) {
    throw refineEngineError(err);
  }
}
