import type { ProbeResult } from '../analysis/probe-types';

/** A live probe a check ran for a goal, or why it could not run (a container missing, stopped, …). */
export type ProbeOutcome = { ok: true; result: ProbeResult } | { ok: false; why: string };

/** A TCP connect from the engine's host to 127.0.0.1:port, or why it was not tried. */
export type HostPortOutcome =
  | { tried: true; connected: true; ms: number }
  | { tried: true; connected: false; error: string }
  | { tried: false; why: string };

/** What a check measured on the engine, keyed by {@link probeKey} and host port. */
export interface LabEvidence {
  probes: Map<string, ProbeOutcome>;
  hostPorts: Map<number, HostPortOutcome>;
}

/** One probe per source, target and port (a ping: null), shared by the goals that ask the same. */
export function probeKey(p: { from: string; to: string; port: number | null }): string {
  return `${p.from}>${p.to}:${p.port ?? 'icmp'}`;
}
