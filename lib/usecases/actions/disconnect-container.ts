import 'server-only';
import type { DisconnectBody } from '../../api/schemas/endpoint-bodies';
import type { EngineClient } from '../../engine/engine-client';
import { containerInspect } from '../../engine/container-ops';
import { engineRefusal } from '../../engine/engine-refusal';
import { networkDisconnect } from '../../engine/network-ops';
import { refineEngineError } from '../../engine/refine-engine-error';
import { resolveContainer, resolveNetwork } from '../../engine/resolve-refs';
import { containerName } from '../../topology/to-container';
import type { DisconnectResult } from '../../api/schemas/action-results';

const notConnected = (err: unknown) => /is not connected to (the )?network/i.test(engineRefusal(err) ?? '');

/**
 * `docker network disconnect [-f] <network> <container>`. Already disconnected is not an error (a
 * double click, an undo racing the engine's event): the answer says `changed: false`.
 */
export async function disconnectContainer(client: EngineClient, networkRef: string, body: DisconnectBody): Promise<DisconnectResult> {
  try {
    return await client.call(async ({ docker }) => {
      const network = await resolveNetwork(docker, networkRef);
      const container = await resolveContainer(docker, body.container);
      const refs = { network: { id: network.Id, name: network.Name }, container: { id: container.Id, name: containerName(container) } };
      const inspected = await containerInspect(docker, container.Id);
      // A stopped container's endpoint may carry no NetworkID yet: its settings are keyed by network name.
      const connected = Object.entries(inspected.NetworkSettings?.Networks ?? {})
        .some(([name, e]) => e.NetworkID === network.Id || name === network.Name);
      if (!connected) return { ...refs, changed: false };
      try {
        await networkDisconnect(docker, network.Id, container.Id, body.force ?? false);
      } catch (err) {
        if (notConnected(err)) return { ...refs, changed: false };
        throw err;
      }
      return { ...refs, changed: true };
    });
  } catch (err) {
    throw refineEngineError(err);
  }
}
