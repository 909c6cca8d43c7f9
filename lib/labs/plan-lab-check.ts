import type { Topology } from '../topology/types';
import { notLive } from './fact-verdicts';
import type { Lab } from './lab-types';
import { probeKey } from './lab-outcomes';

export interface PlannedProbe {
  key: string;
  from: string;
  to: string;
  port: number | null;
  /** Why it cannot run now (a container missing or stopped); null when it can. */
  blocked: string | null;
}

/**
 * What a check must measure live: one probe per distinct source, target and port its goals ask
 * about (a ping when the port is null), each with the reason it cannot run yet, and the host ports to try.
 */
export function planLabCheck(lab: Lab, t: Topology): { probes: PlannedProbe[]; hostPorts: number[] } {
  const probes = new Map<string, PlannedProbe>();
  const hostPorts = new Set<number>();
  for (const { check } of lab.goals) {
    if (check.kind === 'host-port') hostPorts.add(check.hostPort);
    if (check.kind !== 'reach' && check.kind !== 'no-name') continue;
    const p = { from: check.from, to: check.to, port: check.kind === 'reach' ? check.port : null };
    const key = probeKey(p);
    if (probes.has(key)) continue;
    // A stopped target is blocked too: that nothing of it answers would prove no isolation.
    const blocked = notLive(t, p.from) ?? notLive(t, p.to);
    probes.set(key, { key, ...p, blocked });
  }
  return { probes: [...probes.values()], hostPorts: [...hostPorts] };
}
