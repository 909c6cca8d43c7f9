/**
 * Swarm on the map, on a second engine this file starts and destroys itself (never the main engine:
 * `docker swarm init` there would change the developer's engine). The issue's scenario: a one-node
 * swarm, an attachable overlay, service nt-web with 2 replicas publishing 8080:80 on the routing
 * mesh, a standalone container nt-solo on the overlay. readSwarm, through a real EngineClient, must
 * show the tasks with their overlay IPs, the VIP and the `tasks.` name, the node; and the names must
 * really resolve from nt-solo. readSwarm is null on the plain engine and after `swarm leave`.
 *
 * The resolution is checked twice: with `nslookup` in nt-solo (docker exec), and with the live probe
 * from nt-solo to a task, which tries the service name and `tasks.<service>` (the topology lists both
 * among a task's DNS names) and takes the VIP as an address of the service. Skipped, with the reason
 * printed, where a second engine cannot run.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDockerHost } from '@/lib/engine/docker-host';
import { EngineClient } from '@/lib/engine/engine-client';
import { probeContainers } from '@/lib/usecases/probe/probe-containers';
import { readSwarm } from '@/lib/engine/read-swarm';
import { ipv4InCidr } from '@/lib/topology/ipv4';
import type { Swarm } from '@/lib/topology/types';
import { SecondEngine, secondEngineUnsupported } from '../support/second-engine';
import { TEST_IMAGE, TEST_LABEL, newRunId, nslookup } from '../support/test-engine';
import { createSwarmScenario, initSwarm, leaveSwarm, type SwarmScenario } from './support/swarm-scenario';

const unsupported = secondEngineUnsupported();
if (unsupported) console.warn(`[swarm] SKIPPED: ${unsupported}. These tests need root, nsenter and ip to run a second dockerd.`);

const ENGINE_ID = 'h2-swarm';
const OVERLAY_SUBNET = '10.216.1.0/24';

describe.skipIf(Boolean(unsupported))(`swarm on a second engine${unsupported ? ` (skipped: ${unsupported})` : ''}`, () => {
  const runId = newRunId();
  const h2 = new SecondEngine({ id: runId.slice(-8), pool: '10.206.0.0/16' });
  const label = { [TEST_LABEL]: runId };
  const times: Record<string, number> = {};
  let client: EngineClient;
  let beforeInit: Swarm | null | undefined;
  let advertised = '';
  let scenario: SwarmScenario;
  let ingressId = '';
  let swarm: Swarm | null = null;

  const read = () => client.call(({ docker }) => readSwarm(docker, ENGINE_ID));
  const web = () => {
    const found = swarm?.services.find((s) => s.name === scenario.service);
    if (!found) throw new Error(`readSwarm shows no ${scenario.service}: ${JSON.stringify(swarm)}`);
    return found;
  };
  const timed = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      return await fn();
    } finally {
      times[what] = Date.now() - t0;
    }
  };

  beforeAll(async () => {
    const stale = await SecondEngine.removeStale();
    if (stale.length) console.warn(`[swarm] removed second engines left by crashed runs: ${stale.join(', ')}`);
    try {
      await timed('engine start', () => h2.start());
      await timed('image load', () => h2.loadImage(TEST_IMAGE));
      client = new EngineClient(parseDockerHost(h2.host), { timeoutMs: 10_000 });
      beforeInit = await read();
      advertised = await timed('swarm init', () => initSwarm(h2, '10.216.0.0/16'));
      scenario = await timed('scenario (overlay, service, 2 tasks running, solo)', () =>
        createSwarmScenario(h2, { label, subnet: OVERLAY_SUBNET, publishedPort: 8080 }));
      ingressId = (await h2.docker.listNetworks()).find((n) => n.Ingress)?.Id ?? '';
      swarm = await timed('readSwarm', read);
    } catch (err) {
      console.error(`[swarm] setup failed; engine log:\n${h2.logTail()}`);
      await leaveSwarm(h2);
      await h2.destroy();
      throw err;
    }
  }, 240_000);

  afterAll(async () => {
    await timed('swarm leave (afterAll)', () => leaveSwarm(h2));
    await timed('engine destroy', () => h2.destroy());
    console.log(`[swarm] timings (ms): ${JSON.stringify(times)}`);
  }, 120_000);

  it('on the plain engine (before swarm init) readSwarm is null', () => {
    expect(beforeInit).toBeNull();
  });

  it('the node: this engine, a ready and active manager, the leader, at the advertised address', async () => {
    const info = await h2.docker.info();
    expect(swarm?.clusterId).toBe(info.Swarm.Cluster.ID);
    expect(swarm?.engineId).toBe(ENGINE_ID);
    expect(swarm?.nodes).toEqual([{
      id: info.Swarm.NodeID, hostname: info.Name, role: 'manager', state: 'ready', availability: 'active',
      leader: true, addr: advertised, engineId: ENGINE_ID,
    }]);
  });

  it('the service: 2 replicas behind a VIP on the overlay and on ingress, port 8080 on the routing mesh, its two DNS names', () => {
    const s = web();
    expect(s).toMatchObject({ mode: 'replicated', replicas: 2, endpointMode: 'vip', ports: [{ protocol: 'tcp', targetPort: 80, publishedPort: 8080, publishMode: 'ingress' }] });
    expect(s.dnsNames).toEqual(expect.arrayContaining([scenario.service, `tasks.${scenario.service}`]));
    expect(s.networkIds).toEqual(expect.arrayContaining([scenario.networkId, ingressId]));
    const vip = s.vips.find((v) => v.networkId === scenario.networkId);
    expect(vip && ipv4InCidr(vip.ip, OVERLAY_SUBNET), JSON.stringify(s.vips)).toBe(true);
    expect(s.vips.some((v) => v.networkId === ingressId)).toBe(true);
  });

  it('the tasks: two, running on the node, each with its container and an overlay IP inside the subnet', async () => {
    const tasks = web().tasks;
    const nodeId = swarm!.nodes[0].id;
    expect(tasks.map((t) => [t.slot, t.state, t.desiredState, t.nodeId])).toEqual([[1, 'running', 'running', nodeId], [2, 'running', 'running', nodeId]]);
    const containers = await h2.docker.listContainers({ filters: JSON.stringify({ label: [`com.docker.swarm.service.name=${scenario.service}`] }) });
    for (const t of tasks) {
      expect(containers.find((c) => c.Id === t.containerId)?.Labels['com.docker.swarm.task.id']).toBe(t.id);
      const onOverlay = t.addresses.find((a) => a.networkId === scenario.networkId);
      expect(onOverlay && ipv4InCidr(onOverlay.ip, OVERLAY_SUBNET), JSON.stringify(t.addresses)).toBe(true);
      expect(t.addresses.some((a) => a.networkId === ingressId)).toBe(true);
    }
  });

  it('from the standalone container, the service name resolves to the VIP and tasks.<service> to both task IPs', async () => {
    const s = web();
    const vip = s.vips.find((v) => v.networkId === scenario.networkId)!.ip;
    const taskIps = s.tasks.map((t) => t.addresses.find((a) => a.networkId === scenario.networkId)!.ip).sort();
    const byName = await timed('nslookup service', () => nslookup(h2.docker, scenario.soloId, scenario.service));
    expect(byName.addresses, byName.output).toEqual([vip]);
    const tasks = await timed('nslookup tasks.', () => nslookup(h2.docker, scenario.soloId, `tasks.${scenario.service}`));
    expect(tasks.addresses.sort(), tasks.output).toEqual(taskIps);
  });

  it('the live probe from the standalone container resolves the service name to the VIP and tasks.<service> to the tasks, as predicted', async () => {
    const s = web();
    const vip = s.vips.find((v) => v.networkId === scenario.networkId)!.ip;
    const task = s.tasks[0];
    const taskIps = s.tasks.map((t) => t.addresses.find((a) => a.networkId === scenario.networkId)!.ip);
    // Port 80: nothing listens in the tasks, so each answers with a reset, which proves the path (VIP included).
    const result = await timed('probe', () => probeContainers(client, { from: scenario.soloId, to: task.containerId!, port: 80, protocol: 'tcp' },
      { image: TEST_IMAGE, labels: { ...label }, engineId: ENGINE_ID }));
    const byName = new Map(result.results.map((r) => [r.target, r]));
    expect(byName.get(scenario.service)?.resolved, JSON.stringify(result.results)).toEqual([vip]);
    expect(byName.get(`tasks.${scenario.service}`)?.resolved.every((ip) => taskIps.includes(ip))).toBe(true);
    expect(byName.get(`tasks.${scenario.service}`)?.connect).toMatch(/ok|refused/);
    expect(result.prediction.names).toEqual(expect.arrayContaining([scenario.service, `tasks.${scenario.service}`]));
    // The VIP is IPVS in the kernel: where the kernel has no IPVS (this machine's has none), the name
    // resolves but nothing forwards, and the probe says exactly that instead of agreeing.
    if (fs.existsSync('/proc/net/ip_vs')) {
      expect(byName.get(scenario.service)?.connect).toMatch(/ok|refused/);
      expect(result.disagreements).toEqual([]);
    } else {
      console.warn('[swarm] this kernel has no IPVS (/proc/net/ip_vs): the service VIP resolves but does not forward');
      expect(byName.get(scenario.service)?.connect).toBe('timeout');
      expect(result.disagreements).toEqual([expect.stringContaining(`by the name "${scenario.service}"`)]);
    }
  });

  it('after docker swarm leave, readSwarm is null again', async () => {
    await timed('swarm leave', () => leaveSwarm(h2));
    expect((await h2.docker.info()).Swarm.LocalNodeState).toBe('inactive');
    await expect(read()).resolves.toBeNull();
  });
});
