import type { Topology } from '../topology/types';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1)$/i;

/** The host part of a `tcp://` or `ssh://` engine URL (no user, no port, no brackets); null for a socket or pipe. */
function urlHost(url: string): string | null {
  const m = /^(?:tcp|ssh):\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^:/]+)/.exec(url.trim());
  return m ? m[1].replace(/^\[|\]$/g, '') : null;
}

/**
 * Where containers on other hosts reach an engine's host: its swarm node's address (the one the
 * nodes themselves use between them), else the host of the URL netatlas reaches it at. Null when
 * neither says (a local socket), or when that is a loopback address, which is no other host's way in.
 */
export function engineAddress(topology: Topology, engineId: string): string | null {
  const entry = topology.engines.find((e) => e.id === engineId);
  const node = topology.swarms.flatMap((s) => s.nodes).find((x) => x.engineId === engineId && x.addr);
  const address = node?.addr ?? (entry ? urlHost(entry.host) : null);
  return address && !LOOPBACK.test(address) ? address : null;
}

/** The engine's name as the user gave it, for words; its id when the topology does not list it. */
export function engineName(topology: Topology, engineId: string): string {
  return topology.engines.find((e) => e.id === engineId)?.name ?? engineId;
}
