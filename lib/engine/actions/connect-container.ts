import type Docker from 'dockerode';
import { AppError } from '../../errors/app-error';
import type { ConnectBody } from '../../api/schemas/endpoint-bodies';
import { checkStaticIpv4, type UsedAddress } from '../../analysis/check-static-ipv4';
import { toNetwork } from '../../topology/to-network';
import type { EngineClient } from '../engine-client';
import type { RawContainerInspect, RawNetwork } from '../../wire/raw-types';
import { refineEngineError } from '../refine-engine-error';
import { containerName, resolveContainer, resolveNetwork } from '../resolve-refs';
import type { ObjectRef } from './types';

export interface ConnectResult {
  network: ObjectRef;
  container: ObjectRef;
  /** The new endpoint as the engine reports it right after the connect. */
  endpoint: { ipv4: string | null; aliases: string[] };
}

type RawNetworkInspect = RawNetwork & { Containers?: Record<string, { Name?: string; IPv4Address?: string }> | null };

/**
 * A static address is checked against the network's subnets and the addresses in use before the
 * engine is asked, so the refusal can suggest a free one. Built-in networks are left to the engine,
 * whose own words ("user specified IP address is supported on user defined networks only") say it best.
 */
async function checkAddress(docker: Docker, network: RawNetwork, ipv4: string): Promise<void> {
  if (toNetwork(network).builtin) return;
  const inspected = (await docker.getNetwork(network.Id).inspect()) as RawNetworkInspect;
  const used: UsedAddress[] = Object.values(inspected.Containers ?? {})
    .filter((c) => c.IPv4Address)
    .map((c) => ({ ipv4: c.IPv4Address!.split('/')[0], by: c.Name ?? 'a container' }));
  const verdict = checkStaticIpv4(ipv4, toNetwork(inspected).subnets, used);
  if (!verdict.ok) throw new AppError(verdict.code, `Cannot give ${ipv4} on ${network.Name}: ${verdict.message}`);
}

/** `docker network connect [--alias …] [--ip …] <network> <container>`, refs resolved first. */
export async function connectContainer(client: EngineClient, networkRef: string, body: ConnectBody): Promise<ConnectResult> {
  try {
    return await client.call(async ({ docker }) => {
      const network = await resolveNetwork(docker, networkRef);
      const container = await resolveContainer(docker, body.container);
      if (body.ipv4) await checkAddress(docker, network, body.ipv4);
      await docker.getNetwork(network.Id).connect({
        Container: container.Id,
        EndpointConfig: {
          ...(body.aliases?.length ? { Aliases: body.aliases } : {}),
          ...(body.ipv4 ? { IPAMConfig: { IPv4Address: body.ipv4 } } : {}),
        },
      });
      const after = (await docker.getContainer(container.Id).inspect()) as unknown as RawContainerInspect;
      const endpoint = Object.entries(after.NetworkSettings?.Networks ?? {})
        .find(([name, e]) => e.NetworkID === network.Id || name === network.Name)?.[1];
      return {
        network: { id: network.Id, name: network.Name },
        container: { id: container.Id, name: containerName(container) },
        endpoint: { ipv4: endpoint?.IPAddress || endpoint?.IPAMConfig?.IPv4Address || null, aliases: endpoint?.Aliases ?? [] },
      };
    });
  } catch (err) {
    throw refineEngineError(err);
  }
}
