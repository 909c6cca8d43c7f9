import { describe, expect, it } from 'vitest';
import type { Topology } from '../topology/types';
import { labCapture } from './__fixtures__/lab-capture';
import { labById } from './lab-catalogue';
import type { Lab } from './lab-types';
import { planLabCheck } from './plan-lab-check';

const without = (t: Topology, name: string): Topology => ({ ...t, containers: t.containers.filter((c) => c.name !== name) });

function stopped(t: Topology, name: string): Topology {
  return { ...t, containers: t.containers.map((c) => (c.name === name ? { ...c, state: 'exited' as const, status: 'Exited (137)' } : c)) };
}

const blockedBy = (plan: ReturnType<typeof planLabCheck>) => Object.fromEntries(plan.probes.map((p) => [p.key, p.blocked]));

describe('planLabCheck on the labs captured from Engine 28.5', () => {
  it('one probe per source, target and port, each runnable when both containers run', () => {
    const plan = planLabCheck(labById('multi-tier'), labCapture('multi-tier', 'done').topology);
    expect(plan.probes).toEqual([
      { key: 'api>db:5432', from: 'api', to: 'db', port: 5432, blocked: null },
      { key: 'web>db:5432', from: 'web', to: 'db', port: 5432, blocked: null },
    ]);
    expect(plan.hostPorts).toEqual([]);
  });

  it('goals that ask the same (no name and a ping by IP, bridge-1 to bridge-2) share one ping', () => {
    const lab = labById('bridge-vs-user');
    const probeGoals = lab.goals.filter((g) => g.check.kind === 'reach' || g.check.kind === 'no-name');
    expect(probeGoals).toHaveLength(4);
    const plan = planLabCheck(lab, labCapture('bridge-vs-user', 'before').topology);
    expect(plan.probes.map((p) => [p.key, p.port])).toEqual([
      ['bridge-1>bridge-2:icmp', null],
      ['user-1>user-2:icmp', null],
      ['user-1>bridge-1:icmp', null],
    ]);
  });

  it('plans exactly the probes the capture ran, keyed as the judge looks them up', () => {
    for (const stage of ['before', 'done', 'broken'] as const) {
      const c = labCapture('bridge-vs-user', stage);
      expect(planLabCheck(labById('bridge-vs-user'), c.topology).probes.map((p) => p.key).sort()).toEqual([...c.evidence.probes.keys()].sort());
    }
  });

  it('a missing source blocks its probes with the reason', () => {
    const plan = planLabCheck(labById('multi-tier'), without(labCapture('multi-tier', 'done').topology, 'web'));
    expect(blockedBy(plan)).toEqual({ 'api>db:5432': null, 'web>db:5432': 'there is no container named web' });
  });

  it('a stopped source blocks its probes, saying how to start it', () => {
    const plan = planLabCheck(labById('multi-tier'), stopped(labCapture('multi-tier', 'done').topology, 'api'));
    expect(blockedBy(plan)).toEqual({ 'api>db:5432': 'api is exited, not running (docker start api)', 'web>db:5432': null });
  });

  it('a missing target blocks every probe to it', () => {
    const plan = planLabCheck(labById('multi-tier'), without(labCapture('multi-tier', 'done').topology, 'db'));
    expect(blockedBy(plan)).toEqual({ 'api>db:5432': 'there is no container named db', 'web>db:5432': 'there is no container named db' });
  });

  it('a stopped target blocks every probe to it: that nothing of it answers would prove no isolation', () => {
    const plan = planLabCheck(labById('multi-tier'), stopped(labCapture('multi-tier', 'done').topology, 'db'));
    expect(blockedBy(plan)).toEqual({ 'api>db:5432': 'db is exited, not running (docker start db)', 'web>db:5432': 'db is exited, not running (docker start db)' });
  });

  it('the source’s reason comes first when both are missing', () => {
    const t = without(without(labCapture('bridge-vs-user', 'done').topology, 'user-1'), 'user-2');
    expect(blockedBy(planLabCheck(labById('bridge-vs-user'), t))['user-1>user-2:icmp']).toBe('there is no container named user-1');
  });

  it('host ports are listed, with no probe, whatever runs', () => {
    for (const stage of ['before', 'done', 'broken'] as const) {
      expect(planLabCheck(labById('port-mapping'), labCapture('port-mapping', stage).topology)).toEqual({ probes: [], hostPorts: [5433] });
    }
  });

  it('each host port once, however many goals ask for it', () => {
    const lab = labById('port-mapping');
    const twice: Lab = { ...lab, goals: [...lab.goals, { id: 'again', text: 'again', check: { kind: 'host-port', hostPort: 5433 } }] };
    expect(planLabCheck(twice, labCapture('port-mapping', 'done').topology).hostPorts).toEqual([5433]);
    expect(planLabCheck(labById('two-databases'), labCapture('port-mapping', 'done').topology).hostPorts).toEqual([5432, 5433]);
  });
});
