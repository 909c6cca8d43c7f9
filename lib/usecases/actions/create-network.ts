import 'server-only';
import { AppError } from '../../errors/app-error';
import { createTooNew, type CreateNetworkBody } from '../../api/schemas/create-network-body';
import { toNetwork } from '../../topology/to-network';
import type { Network } from '../../topology/types';
import type { EngineClient } from '../../engine/engine-client';
import { networkCreate, networkInspect, type NetworkSpec } from '../../engine/network-ops';
import { refineEngineError } from '../../engine/refine-engine-error';
import type { EngineFacts } from './types';

/** `ipv4: false` on an engine before API 1.47 would be ignored and make a dual-stack network: refused. */
function refuseOlderEngine(body: CreateNetworkBody, info: EngineFacts | null | undefined): void {
  const why = info ? createTooNew(body, info) : null;
  if (why) throw new AppError('bad_request', why);
}

/** Exactly the form's options: one pool per family given, none at all lets the engine pick. */
function toNetworkSpec(body: CreateNetworkBody): NetworkSpec {
  return {
    name: body.name,
    driver: body.driver ?? 'bridge',
    internal: body.internal ?? false,
    attachable: body.attachable ?? false,
    labels: body.labels ?? {},
    enableIpv6: Boolean(body.ipv6),
    enableIpv4: body.ipv4 !== false,
    pools: [
      ...(body.subnet ? [{ subnet: body.subnet, gateway: body.gateway, ipRange: body.ipRange }] : []),
      ...(body.ipv6Subnet ? [{ subnet: body.ipv6Subnet, gateway: body.ipv6Gateway }] : []),
    ],
  };
}

/**
 * `docker network create` with exactly the form's options. The engine refuses a duplicate name (409)
 * and an overlapping subnet (409, "Pool overlaps with other one on this address space"). `engineId`
 * is netatlas's id of the engine, stamped on the network it answers with; `known` is what the server
 * last read of the engine, so a field it cannot honour is refused before any engine call, and again
 * from the negotiated session in case it changed.
 */
export async function createNetwork(client: EngineClient, body: CreateNetworkBody, engineId?: string, known?: EngineFacts | null): Promise<Network> {
  refuseOlderEngine(body, known);
  try {
    return await client.call(async ({ docker, info, labels }) => {
      refuseOlderEngine(body, info);
      const id = await networkCreate(docker, toNetworkSpec(body));
      return toNetwork(await networkInspect(docker, id), engineId, labels);
    });
  } catch (err) {
    throw refineEngineError(err);
  }
}
