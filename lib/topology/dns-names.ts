import type { RawEndpointSettings } from '../wire/raw-types';

/**
 * The names Docker's embedded DNS answers for one endpoint, as seen from another container on the
 * same network. Engines with API >= 1.45 report them (`DNSNames`); older ones resolve the container
 * name plus the endpoint's aliases (which on those engines already include the 12-char short id and,
 * for compose, the service name). Nothing resolves where the network has no embedded DNS or while
 * the endpoint has no address.
 */
export function toDnsNames(
  containerName: string,
  endpoint: RawEndpointSettings | undefined,
  opts: { networkDns: boolean; active: boolean },
): string[] {
  if (!opts.networkDns || !opts.active) return [];
  const names = Array.isArray(endpoint?.DNSNames) ? endpoint.DNSNames : [containerName, ...(endpoint?.Aliases ?? [])];
  return [...new Set(names.filter(Boolean))];
}
