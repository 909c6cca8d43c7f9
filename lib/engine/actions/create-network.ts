import { AppError } from '../../errors/app-error';
import { createTooNew, type CreateNetworkBody } from '../../api/schemas/create-network-body';
import { toNetwork } from '../../topology/to-network';
import type { Network } from '../../topology/types';
import type { EngineClient } from '../engine-client';
import type { RawNetwork } from '../../wire/raw-types';
import { refineEngineError } from '../refine-engine-error';
import type { EngineFacts } from './types';

/** `ipv4: false` on an engine before API 1.47 would be ignored and make a dual-stack network: refused. */
function refuseOlderEngine(body: CreateNetworkBody, info: EngineFacts | null | undefined): void {
  const why = info ? createTooNew(body, info) : null;
  if (why) throw new AppError('bad_request', why);
}

/** One IPAM entry per family given; none at all lets the engine pick (an IPv4 /24, on 27+ an IPv6 ULA /64). */
function ipam(body: CreateNetworkBody) {
  const config = [
    ...(body.subnet ? [{ Subnet: body.subnet, ...(body.gateway ? { Gateway: body.gateway } : {}), ...(body.ipRange ? { IPRange: body.ipRange } : {}) }] : []),
    ...(body.ipv6Subnet ? [{ Subnet: body.ipv6Subnet, ...(body.ipv6Gateway ? { Gateway: body.ipv6Gateway } : {}) }] : []),
  ];
  return config.length ? { IPAM: { Driver: 'default', Config: config } } : {};
}

/**
 * `docker network create` with exactly the form's options. The engine refuses a duplicate name (409)
 * and an overlapping subnet (409, "Pool overlaps with other one on this address space"). `engineId`
 * is netatlas's id of the engine, stamped on the network it answers with; `known` is what the server
 * last read of the engine, so a field it cannot honour is refused before any engine call.
 * `EnableIPv6`/`EnableIPv4` are sent only when they differ from the engine's default, so an older
 * engine never sees a field it lacks.
 */
export async function createNetwork(client: EngineClient, body: CreateNetworkBody, engineId?: string, known?: EngineFacts | null): Promise<Network> {
  refuseOlderEngine(body, known);
  try {
    return await client.call(async ({ docker, info }) => {
      refuseOlderEngine(body, info);
      const created = await docker.createNetwork({
        Name: body.name,
        Driver: body.driver ?? 'bridge',
        CheckDuplicate: true,
        Internal: body.internal ?? false,
        Attachable: body.attachable ?? false,
        Labels: body.labels ?? {},
        ...(body.ipv6 ? { EnableIPv6: true } : {}),
        ...(body.ipv4 === false ? { EnableIPv4: false } : {}),
        ...ipam(body),
      });
      return toNetwork((await docker.getNetwork(created.id).inspect()) as RawNetwork, engineId);
    });
  } catch (err) {
    throw refineEngineError(err);
  }
}
