import { describe, expect, it } from 'vitest';
import { rawSwarmFixture, swarmCapture, swarmIdOf } from './__fixtures__/swarm-fixture';
import { toSwarm } from './to-swarm';
import type { SwarmService } from './types';

const ENGINE = 'h2';
const capture = swarmCapture();
const nodeId = capture.info.Swarm.NodeID!;
const overlay = swarmIdOf('nt-swarm-net');
const ingress = capture.networks.find((n) => n.Ingress)!.Id;

const service = (name: string): SwarmService => {
  const found = toSwarm(rawSwarmFixture(), ENGINE).services.find((s) => s.name === name);
  if (!found) throw new Error(`no service ${name}`);
  return found;
};

describe('toSwarm on the captured one-node swarm (Engine 20.10)', () => {
  it('names the cluster, the engine it was read from, and the node that engine is: a ready, active manager and leader', () => {
    const swarm = toSwarm(rawSwarmFixture(), ENGINE);
    expect(swarm.clusterId).toBe(capture.info.Swarm.Cluster!.ID);
    expect(swarm.engineId).toBe(ENGINE);
    expect(swarm.nodes).toEqual([{
      id: nodeId, hostname: capture.info.Name, role: 'manager', state: 'ready', availability: 'active', leader: true,
      addr: capture._meta.advertiseAddr, engineId: ENGINE,
    }]);
  });

  it('lists the services by name', () => {
    expect(toSwarm(rawSwarmFixture(), ENGINE).services.map((s) => s.name)).toEqual(['nt-dns', 'nt-fail', 'nt-web']);
  });

  it('nt-web: 2 replicas behind a VIP on the overlay and on ingress (no prefix length), port 8080 on the routing mesh, both DNS names', () => {
    const web = service('nt-web');
    expect(web).toMatchObject({
      id: swarmIdOf('nt-web'), image: 'netatlas-test/busybox:local', mode: 'replicated', replicas: 2, endpointMode: 'vip',
      ports: [{ protocol: 'tcp', targetPort: 80, publishedPort: 8080, publishMode: 'ingress' }],
      dnsNames: ['nt-web', 'tasks.nt-web'],
      labels: { 'netatlas.test': capture._meta.runId },
    });
    expect(web.vips).toEqual([{ networkId: ingress, ip: '10.219.0.3' }, { networkId: overlay, ip: '10.219.1.2' }]);
    // The spec names the overlay; the swarm added ingress for the published port.
    expect(web.networkIds).toEqual([overlay, ingress]);
  });

  it('nt-web tasks: slots 1 and 2, running on the node, each with its container and an address on ingress and on the overlay', () => {
    const tasks = service('nt-web').tasks;
    expect(tasks.map((t) => [t.slot, t.state, t.desiredState, t.nodeId, t.error])).toEqual([
      [1, 'running', 'running', nodeId, null],
      [2, 'running', 'running', nodeId, null],
    ]);
    for (const t of tasks) {
      const container = capture.containers.find((c) => c.Id === t.containerId);
      expect(container?.Labels?.['com.docker.swarm.task.id']).toBe(t.id);
      expect(t.addresses.map((a) => a.networkId)).toEqual([ingress, overlay]);
      expect(t.addresses.every((a) => /^\d+\.\d+\.\d+\.\d+$/.test(a.ip))).toBe(true);
      // The same address the task's container shows on the overlay.
      expect(t.addresses[1].ip).toBe(container?.NetworkSettings?.Networks?.['nt-swarm-net']?.IPAddress);
    }
  });

  it('nt-dns: global (no replica count, no slot), dnsrr (no VIP), host-mode port; its replaced task (shutdown/shutdown) is left out', () => {
    const dns = service('nt-dns');
    expect(dns).toMatchObject({
      mode: 'global', replicas: null, endpointMode: 'dnsrr', vips: [], networkIds: [overlay],
      ports: [{ protocol: 'tcp', targetPort: 90, publishedPort: 9090, publishMode: 'host' }],
      dnsNames: ['nt-dns', 'tasks.nt-dns'],
    });
    expect(capture.tasks.filter((t) => t.ServiceID === dns.id).map((t) => t.Status?.State).sort()).toEqual(['running', 'shutdown']);
    expect(dns.tasks).toHaveLength(1);
    expect(dns.tasks[0]).toMatchObject({ slot: null, state: 'running', nodeId, addresses: [{ networkId: overlay, ip: expect.stringMatching(/^10\.219\.1\.\d+$/) }] });
  });

  it('nt-fail: the failed task is kept, with the engine’s error and no address (it was on no swarm network)', () => {
    const fail = service('nt-fail');
    expect(fail).toMatchObject({ mode: 'replicated', replicas: 1, endpointMode: 'vip', vips: [], ports: [], networkIds: [] });
    expect(fail.tasks).toEqual([expect.objectContaining({ slot: 1, state: 'failed', desiredState: 'shutdown', error: 'task: non-zero exit (3)', addresses: [] })]);
    expect(fail.tasks[0].containerId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is deterministic: the lists in another order give the same swarm', () => {
    const raw = rawSwarmFixture();
    const reversed = { ...raw, services: [...raw.services].reverse(), tasks: [...raw.tasks].reverse(), nodes: [...raw.nodes].reverse() };
    expect(toSwarm(reversed, ENGINE)).toEqual(toSwarm(rawSwarmFixture(), ENGINE));
  });
});

describe('toSwarm on cases the one-node capture lacks (synthetic edits of it)', () => {
  it('a second node (a worker netatlas is not connected to) has no engineId; a manager reported at 0.0.0.0 gets its manager address', () => {
    const raw = rawSwarmFixture();
    const self = raw.nodes[0];
    self.Status = { ...self.Status, Addr: '0.0.0.0' };
    raw.nodes.push({ ID: 'w'.repeat(25), Spec: { Role: 'worker', Availability: 'drain' }, Description: { Hostname: 'aaa-worker' }, Status: { State: 'down', Addr: '192.0.2.7' } });
    const nodes = toSwarm(raw, ENGINE).nodes;
    expect(nodes.map((n) => [n.hostname, n.role, n.state, n.availability, n.leader, n.addr, n.engineId])).toEqual([
      ['aaa-worker', 'worker', 'down', 'drain', false, '192.0.2.7', null],
      [capture.info.Name, 'manager', 'ready', 'active', true, capture._meta.advertiseAddr, ENGINE],
    ]);
  });

  it('a pending task not yet placed has an empty nodeId and no container; a task of no listed service is left out', () => {
    const raw = rawSwarmFixture();
    const web = raw.tasks.find((t) => t.ServiceID === swarmIdOf('nt-web') && t.Slot === 2)!;
    raw.tasks.push({ ...structuredClone(web), ID: 'p'.repeat(25), Slot: 3, NodeID: undefined, DesiredState: 'running',
      Status: { State: 'pending', Err: 'no suitable node (insufficient resources on 1 node)' }, NetworksAttachments: undefined });
    raw.tasks.push({ ...structuredClone(web), ID: 'o'.repeat(25), ServiceID: 'gone'.padEnd(25, '0') });
    const tasks = toSwarm(raw, ENGINE).services.find((s) => s.name === 'nt-web')!.tasks;
    expect(tasks.map((t) => t.slot)).toEqual([1, 2, 3]);
    expect(tasks[2]).toEqual({ id: 'p'.repeat(25), slot: 3, nodeId: '', state: 'pending', desiredState: 'running', containerId: null, addresses: [], error: 'no suitable node (insufficient resources on 1 node)' });
  });

  it('a replicated job counts its completions, a global job is global', () => {
    const raw = rawSwarmFixture();
    raw.services.find((s) => s.Spec.Name === 'nt-web')!.Spec.Mode = { ReplicatedJob: { MaxConcurrent: 2, TotalCompletions: 5 } };
    raw.services.find((s) => s.Spec.Name === 'nt-fail')!.Spec.Mode = { GlobalJob: {} };
    const services = toSwarm(raw, ENGINE).services;
    expect(services.map((s) => [s.name, s.mode, s.replicas])).toEqual([['nt-dns', 'global', null], ['nt-fail', 'global', null], ['nt-web', 'replicated', 5]]);
  });
});
