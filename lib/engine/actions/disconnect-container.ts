import type { DisconnectBody } from '../../api/schemas/endpoint-bodies';
import type { EngineClient } from '../engine-client';
import type { RawContainerInspect } from '../../wire/raw-types';
import { refineEngineError } from '../refine-engine-error';
import { resolveContainer, resolveNetwork } from '../resolve-refs';
import { containerName } from '../../topology/to-container';
import type { ObjectRef } from './types';

export interface DisconnectResult {
  network: ObjectRef;
  container: ObjectRef;
  /** False when the container was not connected: the wanted state already held. */
  changed: boolean;
}

function notConnected(err: unknown): boolean {
  const e = err as { statusCode?: number; json?: { message?: string } | null; message?: string };
  return Boolean(e?.statusCode) && /is not connected to (the )?network/i.test(e.json?.message ?? e.message ?? '');
}

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
      const inspected = (await docker.getContainer(container.Id).inspect()) as unknown as RawContainerInspect;
      // A stopped container's endpoint may carry no NetworkID yet: its settings are keyed by network name.
      const connected = Object.entries(inspected.NetworkSettings?.Networks ?? {})
        .some(([name, e]) => e.NetworkID === network.Id || name === network.Name);
      if (!connected) return { ...refs, changed: false };
      try {
        await docker.getNetwork(network.Id).disconnect({ Container: container.Id, Force: body.force ?? false });
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
