import type { Topology } from '../topology/types';
import { attachedVerdict, bindingsOn, networkVerdict, publishedVerdict } from './fact-verdicts';
import type { GoalVerdict, Lab, LabGoal } from './lab-types';
import { probeKey, type LabEvidence } from './lab-outcomes';
import { hostPortVerdict, noNameVerdict, reachVerdict } from './probe-verdicts';

/** The running container that publishes `hostPort`/tcp, by name, for the words of a host-port goal. */
function ownerOf(t: Topology, hostPort: number): string | null {
  const [first] = bindingsOn(t, hostPort);
  return first ? `${first.c.name}’s ${first.p.containerPort}/tcp` : null;
}

function judgeGoal(goal: LabGoal, t: Topology, ev: LabEvidence): { met: boolean; evidence: string } {
  const c = goal.check;
  switch (c.kind) {
    case 'network': return networkVerdict(t, c);
    case 'attached': return attachedVerdict(t, c);
    case 'published': return publishedVerdict(t, c);
    case 'reach': return reachVerdict(ev.probes.get(probeKey(c)), c);
    case 'no-name': return noNameVerdict(ev.probes.get(probeKey({ ...c, port: null })), c);
    case 'host-port': return hostPortVerdict(ev.hostPorts.get(c.hostPort), c.hostPort, ownerOf(t, c.hostPort));
  }
}

/**
 * Every goal of a lab against the engine as read (`t`) and what the check measured live (`ev`):
 * facts from the engine's own answers, reachability only from the probes, never from the map's prediction.
 */
export function judgeLab(lab: Lab, t: Topology, ev: LabEvidence): GoalVerdict[] {
  return lab.goals.map((g) => ({ id: g.id, ...judgeGoal(g, t, ev) }));
}
