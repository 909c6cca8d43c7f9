import type { ConnectResult, ProbeTarget } from '../../analysis/probe-types';
import { parseNslookup, type ProbeOutput, type TargetRun } from './parse-probe-output';
import type { ProbePlan } from './probe-script';

/**
 * A failed connect or ping in words → the result. The messages are busybox's (`nc: can't connect to
 * remote host (…): Connection refused`, without the address for an IPv6 one, `nc: timed out`, `ping:
 * sendto: Network unreachable`, `1 packets transmitted, 0 packets received`); the other busybox nc
 * flavour words them alike.
 */
function failure(output: string): ConnectResult {
  if (/refused/i.test(output)) return 'refused';
  if (/unreachable|no route/i.test(output)) return 'unreachable';
  if (/timed out|timeout|interrupted|0 packets received/i.test(output)) return 'timeout';
  return 'unreachable';
}

function rtt(run: NonNullable<TargetRun['attempt']>, protocol: ProbePlan['protocol']): number | null {
  if (protocol === 'icmp') {
    const m = /time=([\d.]+) ms/.exec(run.output.join('\n'));
    return m ? Number(m[1]) : null;
  }
  return run.elapsedUs === null ? null : Math.round(run.elapsedUs / 10) / 100;
}

function toTarget(target: ProbePlan['targets'][number], run: TargetRun, protocol: ProbePlan['protocol']): ProbeTarget {
  const base = { target: target.value, kind: target.kind };
  const resolved = target.kind === 'ip' ? [target.value] : parseNslookup(run.dns ?? []);
  const attempt = run.attempt;
  if (attempt && attempt.exit === 0) return { ...base, resolved, connect: 'ok', rttMs: rtt(attempt, protocol) };
  if (attempt && run.ended) return { ...base, resolved, connect: failure(attempt.output.join('\n')), rttMs: null };
  // Stopped by the time limit before the lookup or the connect finished.
  if (!run.ended) return { ...base, resolved, connect: 'timeout', rttMs: null };
  // No answer to try (neither an IPv4 nor an IPv6 address after the name).
  return { ...base, resolved, connect: 'unresolved', rttMs: null };
}

/** One {@link ProbeTarget} per planned target, in the plan's order. */
export function toProbeTargets(plan: ProbePlan, output: ProbeOutput): ProbeTarget[] {
  return plan.targets.map((t, i) => toTarget(t, output.targets[i], plan.protocol));
}
