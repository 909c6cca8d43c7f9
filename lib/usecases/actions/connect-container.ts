import 'server-only';
import { AppError } from '../../errors/app-error';
import { connectTooNew, type ConnectBody } from '../../api/schemas/endpoint-bodies';
import { checkStaticIpv4, type StaticIpv4Verdict } from '../../analysis/check-static-ipv4';
import { checkStaticIpv6 } from '../../analysis/check-static-ipv6';
import { usedAddresses, type AddressHolders } from '../../analysis/used-addresses';
import { toNetwork } from '../../topology/to-network';
import { containerName } from '../../topology/to-container';
import type { EngineClient, EngineSession } from '../../engine/engine-client';
import { containerInspect } from '../../engine/container-ops';
import { networkConnect, networkInspect, type RawNetworkInspect } from '../../engine/network-ops';
import { refineEngineError } from '../../engine/refine-engine-error';
import { resolveContainer, resolveNetwork } from '../../engine/resolve-refs';
import type { RawNetwork } from '../../wire/raw-types';
import type { EngineFacts } from './types';
import type { ConnectResult } from '../../api/schemas/action-results';

/** A field the engine would ignore (gwPriority before API 1.48) is refused, not silently dropped. */
function refuseOlderEngine(body: ConnectBody, info: EngineFacts | null | undefined): void {
  const why = info ? connectTooNew(body, info) : null;
  if (why) throw new AppError('bad_request', why);
}

const bare = (address: string | undefined) => address?.split('/')[0] || null;

/** The network inspect's running endpoints, as what usedAddresses reads. */
function holders(inspected: RawNetworkInspect): AddressHolders {
  const users = Object.entries(inspected.Containers ?? {});
  return {
    containers: users.map(([id, c]) => ({ id, name: c.Name ?? 'a container' })),
    endpoints: users.map(([id, c]) => ({ networkId: inspected.Id, containerId: id, ipv4: bare(c.IPv4Address), ipv6: bare(c.IPv6Address) })),
    swarms: [],
  };
}

/**
 * Static addresses are checked against the network's subnets and the addresses in use before the
 * engine is asked, so the refusal can suggest a free one. Built-in networks are left to the engine,
 * whose own words ("user specified IP address is supported on user defined networks only") say it best.
 */
async function checkAddresses(docker: EngineSession['docker'], network: RawNetwork, body: ConnectBody): Promise<void> {
  if ((!body.ipv4 && !body.ipv6) || toNetwork(network).builtin) return;
  const inspected = await networkInspect(docker, network.Id);
  const net = toNetwork(inspected);
  const used = usedAddresses(holders(inspected), inspected.Id);
  const refuse = (ip: string, v: StaticIpv4Verdict) => {
    if (!v.ok) throw new AppError(v.code, `Cannot give ${ip} on ${network.Name}: ${v.message}`);
  };
  if (body.ipv4 && !net.ipv4) {
    throw new AppError('bad_request', `Cannot give ${body.ipv4} on ${network.Name}: the network is IPv6-only (created with --ipv4=false).`);
  }
  if (body.ipv4) refuse(body.ipv4, checkStaticIpv4(body.ipv4, net.subnets, used.ipv4));
  if (body.ipv6) refuse(body.ipv6, checkStaticIpv6(body.ipv6, net, used.ipv6));
}

/**
 * `docker network connect [--alias …] [--ip …] [--ip6 …] [--gw-priority N] <network> <container>`, refs
 * resolved first. `known` is what the server last read of the engine: a field this engine cannot honour
 * is refused from it before any engine call, and again from the negotiated session in case it changed.
 * Every refusal comes before the connect; the answer is the endpoint as the engine reads it back.
 */
export async function connectContainer(client: EngineClient, networkRef: string, body: ConnectBody, known?: EngineFacts | null): Promise<ConnectResult> {
  refuseOlderEngine(body, known);
  try {
    return await client.call(async ({ docker, info }) => {
      refuseOlderEngine(body, info);
      const network = await resolveNetwork(docker, networkRef);
      const container = await resolveContainer(docker, body.container);
      await checkAddresses(docker, network, body);
      const { aliases, ipv4, ipv6, gwPriority } = body;
      await networkConnect(docker, network.Id, container.Id, { aliases, ipv4, ipv6, gwPriority });
      const after = await containerInspect(docker, container.Id);
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
