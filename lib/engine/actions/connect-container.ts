import type Docker from 'dockerode';
import { AppError } from '../../errors/app-error';
import { connectTooNew, type ConnectBody } from '../../api/schemas/endpoint-bodies';
import { checkStaticIpv4, type StaticIpv4Verdict, type UsedAddress } from '../../analysis/check-static-ipv4';
import { checkStaticIpv6, type UsedIpv6Address } from '../../analysis/check-static-ipv6';
import { toNetwork } from '../../topology/to-network';
import type { EngineClient } from '../engine-client';
import type { RawContainerInspect, RawNetwork } from '../../wire/raw-types';
import { refineEngineError } from '../refine-engine-error';
import { resolveContainer, resolveNetwork } from '../resolve-refs';
import { containerName } from '../../topology/to-container';
import type { EngineFacts, ObjectRef } from './types';

export interface ConnectResult {
  network: ObjectRef;
  container: ObjectRef;
  /** The new endpoint as the engine reports it right after the connect. */
  endpoint: {
    ipv4: string | null;
    /** Null without IPv6 on the network. */
    ipv6: string | null;
    /** `GwPriority` as the engine stored it; 0 where the engine does not report it (API < 1.48). */
    gwPriority: number;
    aliases: string[];
  };
}

type RawNetworkInspect = RawNetwork & {
  Containers?: Record<string, { Name?: string; IPv4Address?: string; IPv6Address?: string }> | null;
};

/** A field the engine would ignore (gwPriority before API 1.48) is refused, not silently dropped. */
function refuseOlderEngine(body: ConnectBody, info: EngineFacts | null | undefined): void {
  const why = info ? connectTooNew(body, info) : null;
  if (why) throw new AppError('bad_request', why);
}

/**
 * Static addresses are checked against the network's subnets and the addresses in use before the
 * engine is asked, so the refusal can suggest a free one. Built-in networks are left to the engine,
 * whose own words ("user specified IP address is supported on user defined networks only") say it best.
 */
async function checkAddresses(docker: Docker, network: RawNetwork, body: ConnectBody): Promise<void> {
  if ((!body.ipv4 && !body.ipv6) || toNetwork(network).builtin) return;
  const inspected = (await docker.getNetwork(network.Id).inspect()) as RawNetworkInspect;
  const net = toNetwork(inspected);
  const users = Object.values(inspected.Containers ?? {});
  const by = (c: { Name?: string }) => c.Name ?? 'a container';
  const refuse = (ip: string, v: StaticIpv4Verdict) => {
    if (!v.ok) throw new AppError(v.code, `Cannot give ${ip} on ${network.Name}: ${v.message}`);
  };
  if (body.ipv4 && !net.ipv4) {
    throw new AppError('bad_request', `Cannot give ${body.ipv4} on ${network.Name}: the network is IPv6-only (created with --ipv4=false).`);
  }
  if (body.ipv4) {
    const used: UsedAddress[] = users.filter((c) => c.IPv4Address).map((c) => ({ ipv4: c.IPv4Address!.split('/')[0], by: by(c) }));
    refuse(body.ipv4, checkStaticIpv4(body.ipv4, net.subnets, used));
  }
  if (body.ipv6) {
    const used: UsedIpv6Address[] = users.filter((c) => c.IPv6Address).map((c) => ({ ipv6: c.IPv6Address!.split('/')[0], by: by(c) }));
    refuse(body.ipv6, checkStaticIpv6(body.ipv6, net, used));
  }
}

/** The connect's `EndpointConfig`: only what was asked, so an older engine never sees a field it lacks. */
function endpointConfig(body: ConnectBody) {
  const ipam = { ...(body.ipv4 ? { IPv4Address: body.ipv4 } : {}), ...(body.ipv6 ? { IPv6Address: body.ipv6 } : {}) };
  return {
    ...(body.aliases?.length ? { Aliases: body.aliases } : {}),
    ...(body.ipv4 || body.ipv6 ? { IPAMConfig: ipam } : {}),
    ...(body.gwPriority !== undefined ? { GwPriority: body.gwPriority } : {}),
  };
}

/**
 * `docker network connect [--alias …] [--ip …] [--ip6 …] [--gw-priority N] <network> <container>`, refs
 * resolved first. `known` is what the server last read of the engine: a field this engine cannot honour
 * is refused from it before any engine call, and again from the negotiated session in case it changed.
 */
export async function connectContainer(client: EngineClient, networkRef: string, body: ConnectBody, known?: EngineFacts | null): Promise<ConnectResult> {
  refuseOlderEngine(body, known);
  try {
    return await client.call(async ({ docker, info }) => {
      refuseOlderEngine(body, info);
      const network = await resolveNetwork(docker, networkRef);
      const container = await resolveContainer(docker, body.container);
      await checkAddresses(docker, network, body);
      await docker.getNetwork(network.Id).connect({ Container: container.Id, EndpointConfig: endpointConfig(body) });
      const after = (await docker.getContainer(container.Id).inspect()) as unknown as RawContainerInspect;
      const endpoint = Object.entries(after.NetworkSettings?.Networks ?? {})
        .find(([name, e]) => e.NetworkID === network.Id || name === network.Name)?.[1];
      return {
        network: { id: network.Id, name: network.Name },
        container: { id: container.Id, name: containerName(container) },
        endpoint: {
          ipv4: endpoint?.IPAddress || endpoint?.IPAMConfig?.IPv4Address || null,
          ipv6: endpoint?.GlobalIPv6Address || endpoint?.IPAMConfig?.IPv6Address || null,
          gwPriority: endpoint?.GwPriority ?? 0,
          aliases: endpoint?.Aliases ?? [],
        },
      };
    });
  } catch (err) {
    throw refineEngineError(err);
  }
}
