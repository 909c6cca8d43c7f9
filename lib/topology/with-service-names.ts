import type { Endpoint, Network, Swarm } from './types';

/**
 * Adds the names Docker's DNS answers for swarm tasks to their endpoints: on every network of its
 * service that has DNS, a task answers to `tasks.<service>` (each task's own address) and to the
 * service's name (its virtual IP, balanced over the tasks; with `dnsrr`, the tasks' addresses).
 * The engine lists neither among a task container's aliases. Pure; other endpoints are unchanged.
 */
export function withServiceNames(endpoints: Endpoint[], swarms: Swarm[], networks: Network[]): Endpoint[] {
  const names = new Map<string, { networkIds: Set<string>; names: string[] }>();
  for (const s of swarms) for (const svc of s.services) for (const t of svc.tasks) {
    if (t.containerId) names.set(t.containerId, { networkIds: new Set(svc.networkIds), names: [svc.name, `tasks.${svc.name}`] });
  }
  if (names.size === 0) return endpoints;
  const dns = new Set(networks.filter((n) => n.dns).map((n) => n.id));
  return endpoints.map((e) => {
    const task = names.get(e.containerId);
    if (!task || !task.networkIds.has(e.networkId) || !dns.has(e.networkId) || !e.ipv4) return e;
    const extra = task.names.filter((n) => !e.dnsNames.includes(n));
    return extra.length ? { ...e, dnsNames: [...e.dnsNames, ...extra] } : e;
  });
}

/**
 * Where the names of the service whose task `containerId` runs lead: its virtual IPs (the service
 * name) and every task's addresses (`tasks.<service>`, and the VIP's backends). Reaching any of them
 * by those names is reaching the service, whichever task answers. Empty for a container that is no task.
 */
export function serviceAddressesOf(swarms: Swarm[], containerId: string): { vips: string[]; tasks: string[] } {
  for (const s of swarms) for (const svc of s.services) {
    if (!svc.tasks.some((t) => t.containerId === containerId)) continue;
    return { vips: svc.vips.map((v) => v.ip), tasks: svc.tasks.flatMap((t) => t.addresses.map((a) => a.ip)) };
  }
  return { vips: [], tasks: [] };
}
