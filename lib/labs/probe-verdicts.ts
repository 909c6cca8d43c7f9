import type { ProbeResult, ProbeTarget } from '../analysis/probe-types';
import type { GoalCheck } from './lab-types';
import type { HostPortOutcome, ProbeOutcome } from './lab-outcomes';

type Verdict = { met: boolean; evidence: string };

/** How a target went, after its address ("10.5.0.3:5432 timed out"). */
const OUTCOME: Record<ProbeTarget['connect'], string> = {
  ok: 'connected',
  refused: 'was refused',
  timeout: 'timed out',
  unresolved: 'did not resolve',
  unreachable: 'was unreachable',
};

const ms = (x: number | null) => (x === null ? '' : ` in ${x < 10 ? x.toFixed(1) : Math.round(x)} ms`);
const dest = (r: ProbeResult, ip: string) => (r.port === null ? ip : `${ip.includes(':') ? `[${ip}]` : ip}:${r.port}`);

/** "api resolved db to 10.6.0.2 and connected to port 5432 in 4 ms", in the probe's own terms. */
function success(r: ProbeResult, t: ProbeTarget): string {
  const what = r.port === null ? `got a ping reply${ms(t.rttMs)}` : `connected to port ${r.port}${ms(t.rttMs)}`;
  return t.kind === 'name' ? `${r.from.name} resolved ${t.target} to ${t.resolved[0]} and ${what}` : `${r.from.name} reached ${r.to.name} at ${t.target}: ${what}`;
}

/** The name lookup of B's container name, as the probe saw it. */
function lookup(r: ProbeResult): string {
  const name = r.results.find((t) => t.kind === 'name' && t.target === r.to.name);
  if (!name) return `${r.from.name} did not try the name ${r.to.name}`;
  if (!name.resolved.length) return `${r.from.name} could not resolve ${name.target}`;
  return `${r.from.name} resolved ${name.target} to ${name.resolved[0]}, where the ${r.port === null ? 'ping' : 'connection'} ${OUTCOME[name.connect]}`;
}

/** Each of B's addresses tried, and how it went. */
function addresses(r: ProbeResult): string {
  const ips = r.results.filter((t) => t.kind === 'ip');
  if (!ips.length) return `${r.to.name} has no address ${r.from.name} could try`;
  return ips.map((t) => `${dest(r, t.target)} ${OUTCOME[t.connect]}`).join(', ');
}

/** A name counts only when it resolved to one of B's own addresses (another container may carry the alias). */
const isB = (r: ProbeResult, t: ProbeTarget) => t.kind === 'ip' || r.results.some((x) => x.kind === 'ip' && x.target === t.resolved[0]);

/**
 * The most telling sign that A reached B: B's own name first, then another name, then an address. For
 * isolation a refused connection counts too: the reset came from B's stack, so the path is open.
 */
function bestSuccess(r: ProbeResult, refusedCounts = false): ProbeTarget | undefined {
  const ok = r.results.filter((t) => (t.connect === 'ok' || (refusedCounts && t.connect === 'refused')) && isB(r, t));
  return ok.find((t) => t.kind === 'name' && t.target === r.to.name) ?? ok.find((t) => t.kind === 'name') ?? ok[0];
}

export function reachVerdict(outcome: ProbeOutcome | undefined, check: Extract<GoalCheck, { kind: 'reach' }>): Verdict {
  if (!outcome) return { met: false, evidence: 'Not probed.' };
  if (!outcome.ok) return { met: false, evidence: `Not probed: ${outcome.why}.` };
  const r = outcome.result;
  if (!check.expect) {
    const any = bestSuccess(r, true);
    if (any?.connect === 'refused') return { met: false, evidence: `${r.from.name} reached ${r.to.name}’s network stack at ${any.kind === 'name' ? any.resolved[0] : any.target}: the connection was refused there (nothing listens on port ${r.port}), so they are not isolated.` };
    if (any) return { met: false, evidence: `${success(r, any)}, so they are not isolated.` };
    return { met: true, evidence: `${lookup(r)}, and no address of ${r.to.name} answered (${addresses(r)}).` };
  }
  if (check.by === 'name') {
    const byName = r.results.find((t) => t.kind === 'name' && t.target === check.to);
    if (byName?.connect === 'ok' && isB(r, byName)) return { met: true, evidence: `${success(r, byName)}.` };
    if (byName?.connect === 'ok') return { met: false, evidence: `${r.from.name} resolved ${check.to} to ${byName.resolved[0]}, which is not ${r.to.name}’s address: another container answers to that name.` };
    const byIp = r.results.some((t) => t.kind === 'ip' && t.connect === 'ok');
    const tail = byIp && !byName?.resolved.length ? `; it does reach ${r.to.name} by IP (${addresses(r)}), but names resolve only on a user-defined network both are on` : '';
    return { met: false, evidence: `${lookup(r)}${tail}.` };
  }
  const ip = r.results.find((t) => t.kind === 'ip' && t.connect === 'ok');
  return ip ? { met: true, evidence: `${success(r, ip)}.` } : { met: false, evidence: `${r.from.name} could not reach ${r.to.name} at any address (${addresses(r)}).` };
}

export function noNameVerdict(outcome: ProbeOutcome | undefined, check: Extract<GoalCheck, { kind: 'no-name' }>): Verdict {
  if (!outcome) return { met: false, evidence: 'Not probed.' };
  if (!outcome.ok) return { met: false, evidence: `Not probed: ${outcome.why}.` };
  const byName = outcome.result.results.find((t) => t.kind === 'name' && t.target === check.to);
  if (!byName) return { met: false, evidence: `The probe did not try the name ${check.to}.` };
  if (byName.resolved.length) return { met: false, evidence: `${check.from} resolved ${check.to} to ${byName.resolved[0]}: the name resolves, so they do not meet on the default bridge alone.` };
  return { met: true, evidence: `${check.from} could not resolve ${check.to}: Docker’s DNS does not answer container names on the default bridge.` };
}

export function hostPortVerdict(outcome: HostPortOutcome | undefined, hostPort: number, owner: string | null): Verdict {
  if (!outcome) return { met: false, evidence: 'Not tried.' };
  if (!outcome.tried) return { met: false, evidence: `Not tried: ${outcome.why}.` };
  const whose = owner ? ` (${owner})` : '';
  if (outcome.connected) return { met: true, evidence: `127.0.0.1:${hostPort} on the engine’s host accepted a connection${ms(outcome.ms)}${whose}.` };
  return { met: false, evidence: `127.0.0.1:${hostPort} on the engine’s host ${outcome.error}${owner ? ` (published by ${owner})` : ''}.` };
}
