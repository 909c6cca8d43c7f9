import type { RawNetwork } from '../wire/raw-types';
import type { GatewayMode, Network } from './types';
import { ipFamily } from './ipv6';
import { isDefaultBridge } from './default-bridge';
import { DEFAULT_ENGINE_ID } from './engine-id';
import { DEFAULT_LABEL_POLICY, type LabelPolicy } from './label-policy';
import { toShownLabels } from './to-shown-labels';

/** The engine's own default `bridge` network (no embedded DNS there), by the one rule of default-bridge.ts. */
function isDefaultBridgeRaw(raw: RawNetwork): boolean {
  return isDefaultBridge({ name: raw.Name, driver: raw.Driver ?? '', options: raw.Options });
}

function isBuiltin(raw: RawNetwork): boolean {
  if (isDefaultBridgeRaw(raw)) return true;
  if (raw.Name === 'host' && raw.Driver === 'host') return true;
  if (raw.Name === 'none' && raw.Driver === 'null') return true;
  // Swarm creates these two itself; removing them breaks the routing mesh.
  if (raw.Ingress) return true;
  return raw.Name === 'docker_gwbridge' && raw.Driver === 'bridge';
}

/**
 * Whether Docker's embedded DNS (127.0.0.11) resolves container names on this network:
 * every user-defined network does; the default bridge, host, none and swarm's ingress and
 * docker_gwbridge do not.
 */
function servesDns(raw: RawNetwork): boolean {
  // docker_gwbridge only gives swarm containers a way out; nothing registers names on it.
  if (isDefaultBridgeRaw(raw) || raw.Ingress || raw.Name === 'docker_gwbridge') return false;
  return raw.Driver !== 'host' && raw.Driver !== 'null';
}

const GATEWAY_MODES: readonly GatewayMode[] = ['nat', 'nat-unprotected', 'routed', 'isolated'];

/** A bridge's gateway mode for one family; `nat` where the option is absent (the engine's default). */
function gatewayMode(raw: RawNetwork, family: 'ipv4' | 'ipv6'): GatewayMode {
  const value = raw.Options?.[`com.docker.network.bridge.gateway_mode_${family}`];
  return GATEWAY_MODES.find((m) => m === value) ?? 'nat';
}

/**
 * Reshapes one entry of `GET /networks` of engine `engineId` into a domain {@link Network}, its label
 * values only where `labels` shows them.
 */
export function toNetwork(raw: RawNetwork, engineId = DEFAULT_ENGINE_ID, labels: LabelPolicy = DEFAULT_LABEL_POLICY): Network {
  return {
    id: raw.Id,
    engineId,
    engineIds: [engineId],
    name: raw.Name,
    driver: raw.Driver ?? '',
    scope: raw.Scope ?? 'local',
    internal: Boolean(raw.Internal),
    attachable: Boolean(raw.Attachable),
    ingress: Boolean(raw.Ingress),
    builtin: isBuiltin(raw),
    dns: servesDns(raw),
    // Engines before 28 do not send EnableIPv4: IPv4 was always on.
    ipv4: raw.EnableIPv4 !== false,
    ipv6: Boolean(raw.EnableIPv6),
    gatewayModes: raw.Driver === 'bridge' ? { ipv4: gatewayMode(raw, 'ipv4'), ipv6: gatewayMode(raw, 'ipv6') } : null,
    parent: raw.Driver === 'macvlan' || raw.Driver === 'ipvlan' ? raw.Options?.parent || null : null,
    subnets: (raw.IPAM?.Config ?? [])
      .filter((c) => c.Subnet && ipFamily(c.Subnet))
      .map((c) => ({ subnet: c.Subnet as string, family: ipFamily(c.Subnet as string)!, gateway: c.Gateway || null, ipRange: c.IPRange || null })),
    options: { ...(raw.Options ?? {}) },
    labels: toShownLabels(raw.Labels, labels),
    createdAt: raw.Created ?? '',
  };
}
