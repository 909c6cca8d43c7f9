import 'server-only';
import { containerRef, dnsAlias, ipAddress } from '../../api/schemas/refs';
import type { Reachability } from '../../analysis/reachability-types';
import type { Container, Topology } from '../../topology/types';
import type { ProbePlan } from '../../engine/probe/probe-script';
import { spansHosts } from '../../topology/spans-hosts';

/** At most this many names and addresses are tried (each is a few processes in the helper). */
export const MAX_NAMES = 12;
export const MAX_IPS = 4;

/**
 * A name goes to the helper only if it is a DNS name or a container name as the engine allows it
 * (letters, digits, `_ . -`, not starting with `-`): never an option, never a shell word. The
 * script quotes it anyway; this is the second lock.
 */
function safeName(name: string): boolean {
  if (name.startsWith('/') || name.length > 253) return false;
  return dnsAlias.safeParse(name).success || containerRef.safeParse(name).success;
}

/** An address goes to the helper only if it is one (IPv4, or IPv6 without a zone id), in its canonical form; else null. */
function safeIp(ip: string): string | null {
  const parsed = ipAddress.safeParse(ip);
  return parsed.success ? parsed.data : null;
}

function uniqueCaseless(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every address `target` has on any network (the probe tries them all, shared or not): its IPv4
 * addresses first, then its IPv6 ones (dual-stack and IPv6-only networks). From another engine only
 * its addresses on the networks that span both hosts and that the source is on too: any other address
 * of it means another container, or nothing, on the source's host.
 */
export function addressesOf(topology: Topology, targetId: string, sourceId?: string): string[] {
  const engineOf = (id: string | undefined) => topology.containers.find((c) => c.id === id)?.engineId;
  const elsewhere = sourceId !== undefined && engineOf(sourceId) !== engineOf(targetId);
  const sourceNets = new Set(topology.endpoints.filter((e) => e.containerId === sourceId).map((e) => e.networkId));
  const spanning = new Set(topology.networks.filter((n) => spansHosts(n) && sourceNets.has(n.id)).map((n) => n.id));
  const mine = topology.endpoints.filter((e) => e.containerId === targetId && (!elsewhere || spanning.has(e.networkId)));
  return [...mine.flatMap((e) => (e.ipv4 ? [e.ipv4] : [])), ...mine.flatMap((e) => (e.ipv6 ? [e.ipv6] : []))];
}

/**
 * What the helper tries, for a probe from A to B: every name B answers to (the ones the prediction
 * says A reaches it by first, then B's container name, compose service, aliases and short id on any of
 * its networks: a name that should not resolve from A is worth proving too), and every address of B
 * plus the ones the prediction gives (B's host address, for host mode), IPv4 and IPv6. Unsafe strings
 * are dropped.
 */
export function buildProbePlan(
  topology: Topology,
  prediction: Reachability,
  target: Container,
  request: { protocol: 'tcp' | 'icmp'; port: number | null },
): ProbePlan {
  const names = uniqueCaseless([
    ...prediction.names,
    target.name,
    ...(target.compose ? [target.compose.service] : []),
    ...topology.endpoints.filter((e) => e.containerId === target.id).flatMap((e) => e.dnsNames),
  ]).filter(safeName).slice(0, MAX_NAMES);
  const candidates = [...prediction.ips, ...addressesOf(topology, target.id, prediction.from.id)];
  const ips = [...new Set(candidates.map(safeIp).filter((ip): ip is string => ip !== null))].slice(0, MAX_IPS);
  return {
    protocol: request.protocol,
    port: request.protocol === 'tcp' ? request.port : null,
    targets: [...names.map((value) => ({ kind: 'name' as const, value })), ...ips.map((value) => ({ kind: 'ip' as const, value }))],
  };
}
