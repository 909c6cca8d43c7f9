import type { CreateNetworkBody } from '../../api/schemas/create-network-body';
import { toNetwork } from '../../topology/to-network';
import type { Network } from '../../topology/types';
import type { EngineClient } from '../engine-client';
import type { RawNetwork } from '../../wire/raw-types';
import { refineEngineError } from '../refine-engine-error';

/**
 * `docker network create` with exactly the form's options. The engine refuses a duplicate name (409)
 * and an overlapping subnet (409, "Pool overlaps with other one on this address space"). `engineId`
 * is netatlas's id of the engine, stamped on the network it answers with.
 */
export async function createNetwork(client: EngineClient, body: CreateNetworkBody, engineId?: string): Promise<Network> {
  const ipam = body.subnet
    ? { IPAM: { Driver: 'default', Config: [{ Subnet: body.subnet, ...(body.gateway ? { Gateway: body.gateway } : {}), ...(body.ipRange ? { IPRange: body.ipRange } : {}) }] } }
    : {};
  try {
    return await client.call(async ({ docker }) => {
      const created = await docker.createNetwork({
        Name: body.name,
        Driver: body.driver ?? 'bridge',
        CheckDuplicate: true,
        Internal: body.internal ?? false,
        Attachable: body.attachable ?? false,
        Labels: body.labels ?? {},
        ...ipam,
      });
      return toNetwork((await docker.getNetwork(created.id).inspect()) as RawNetwork, engineId);
    });
  } catch (err) {
    throw refineEngineError(err);
  }
}
