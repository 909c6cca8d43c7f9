import type { Reachability } from './reachability-types';

/**
 * The result of a live probe (POST /api/probe, docs/api.md): a short-lived helper container in A's
 * network stack resolved B's names and tried to connect, and the prediction is set beside it.
 */
export type ConnectResult = 'ok' | 'refused' | 'timeout' | 'unresolved' | 'unreachable';

export interface ProbeTarget {
  /** What was tried: one of B's names, or one of its addresses. */
  target: string;
  kind: 'name' | 'ip';
  /** Addresses the name resolved to inside A (for an IP: itself); empty when it did not resolve. */
  resolved: string[];
  connect: ConnectResult;
  /** Round-trip of the connect (TCP) or ping (ICMP) in ms; null when it did not succeed. */
  rttMs: number | null;
}

export interface ProbeResult {
  from: { id: string; name: string };
  to: { id: string; name: string };
  /** What was tried: TCP to `port`, or ICMP echo (port null). */
  protocol: 'tcp' | 'icmp';
  port: number | null;
  /** True when at least one target connected. */
  reachable: boolean;
  results: ProbeTarget[];
  /** The prediction from the topology, for comparison. */
  prediction: Reachability;
  /** Where the probe and the prediction disagree, in words (empty when they agree). */
  disagreements: string[];
  /** How long the probe took, helper container included. */
  durationMs: number;
}
