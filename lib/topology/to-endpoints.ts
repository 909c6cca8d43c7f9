import type { RawContainerInspect, RawContainerSummary, RawEndpointSettings } from '../wire/raw-types';
import { toDnsNames } from './dns-names';
import type { Endpoint, Network } from './types';
import { holdsNetworkStack } from './container-state';


function orNull(value: string | undefined): string | null {
  return value ? value : null;
}

/**
 * The endpoints of one container. The list call is the fresher source for addresses; the inspect
 * result adds what the list leaves out on older engines (aliases, DNS names). Endpoints are keyed by
 * network name in both, and a stopped container's endpoints have no NetworkID, so the name is
 * resolved through the network list (network names are unique per engine and cannot be renamed).
 */
export function toEndpoints(
  summary: RawContainerSummary,
  name: string,
  inspect: RawContainerInspect | null,
  networksByName: Map<string, Network>,
  networksById: Map<string, Network>,
): Endpoint[] {
  const listed = summary.NetworkSettings?.Networks ?? {};
  const inspected = inspect?.NetworkSettings?.Networks ?? {};
  const endpoints: Endpoint[] = [];
  for (const [networkName, settings] of Object.entries(listed)) {
    const detail: RawEndpointSettings = { ...settings, ...(inspected[networkName] ?? {}) };
    // Addresses from the list (fresher); names from inspect.
    const addr: RawEndpointSettings = { ...detail, ...pickAddresses(settings) };
    const network = (settings.NetworkID && networksById.get(settings.NetworkID)) || networksByName.get(networkName);
    if (!network) continue;
    // A container whose start failed keeps its would-be address in the list on 20.10; it has none.
    const running = holdsNetworkStack(summary.State);
    const ipv4 = running ? orNull(addr.IPAddress) : null;
    const ipv6 = running ? orNull(addr.GlobalIPv6Address) : null;
    const active = running && Boolean(ipv4 || ipv6);
    endpoints.push({
      networkId: network.id,
      containerId: summary.Id,
      ipv4,
      ipv4PrefixLen: ipv4 ? addr.IPPrefixLen ?? null : null,
      ipv6,
      ipv6PrefixLen: ipv6 ? addr.GlobalIPv6PrefixLen ?? null : null,
      mac: running ? orNull(addr.MacAddress) : null,
      gateway: orNull(addr.Gateway),
      ipv6Gateway: orNull(addr.IPv6Gateway),
      staticIpv4: orNull(detail.IPAMConfig?.IPv4Address),
      staticIpv6: orNull(detail.IPAMConfig?.IPv6Address),
      gwPriority: typeof detail.GwPriority === 'number' ? detail.GwPriority : 0,
      // Decided for the whole container once every endpoint is known (withOwnDefaultRoutes).
      defaultRoute: false,
      defaultRoute6: false,
      aliases: [...new Set(detail.Aliases ?? [])],
      dnsNames: toDnsNames(name, detail, { networkDns: network.dns, active }),
    });
  }
  return endpoints;
}

function pickAddresses(s: RawEndpointSettings): RawEndpointSettings {
  const out: RawEndpointSettings = {};
  if (s.IPAddress !== undefined) out.IPAddress = s.IPAddress;
  if (s.GlobalIPv6Address !== undefined) out.GlobalIPv6Address = s.GlobalIPv6Address;
  if (s.MacAddress !== undefined) out.MacAddress = s.MacAddress;
  if (s.Gateway !== undefined) out.Gateway = s.Gateway;
  if (s.IPPrefixLen !== undefined) out.IPPrefixLen = s.IPPrefixLen;
  if (s.GlobalIPv6PrefixLen !== undefined) out.GlobalIPv6PrefixLen = s.GlobalIPv6PrefixLen;
  if (s.IPv6Gateway !== undefined) out.IPv6Gateway = s.IPv6Gateway;
  return out;
}
