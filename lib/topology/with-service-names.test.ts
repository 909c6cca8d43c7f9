import { describe, expect, it } from 'vitest';
import { rawSwarmFixture, swarmCapture, swarmIdOf } from './__fixtures__/swarm-fixture';
import { buildTopology } from './build-topology';
import { toSwarm } from './to-swarm';
import { serviceAddressesOf } from './with-service-names';

/** The captured one-node swarm as the map builds it: the engine's lists plus the swarm read from it. */
function capturedTopology() {
  const c = swarmCapture();
  const engine = { id: c.info.ID, name: c.info.Name, serverVersion: c.info.ServerVersion, apiVersion: '1.41', host: 'unix:///tmp/h/docker.sock', swarmManager: true, swarmNodeId: c.info.Swarm.NodeID ?? null };
  return buildTopology({ engine, engineId: 'hq', swarm: toSwarm(rawSwarmFixture(), 'hq'), networks: c.networks, containers: c.containers, inspects: c.inspects });
}

describe('withServiceNames (through buildTopology, on the captured swarm)', () => {
  const t = capturedTopology();
  const overlay = swarmIdOf('nt-swarm-net');
  const web = t.swarms[0].services.find((s) => s.name === 'nt-web')!;
  const running = web.tasks.filter((x) => x.state === 'running' && x.containerId);

  it('gives each running nt-web task tasks.nt-web and nt-web on the overlay, which the engine does not list', () => {
    expect(running).toHaveLength(2);
    for (const task of running) {
      const e = t.endpoints.find((x) => x.containerId === task.containerId && x.networkId === overlay)!;
      expect(e.dnsNames).toEqual(expect.arrayContaining(['nt-web', 'tasks.nt-web']));
      expect(e.aliases).not.toContain('tasks.nt-web');
    }
  });

  it('adds nothing on ingress (no DNS there) and nothing to the standalone container', () => {
    const ingress = t.networks.find((n) => n.ingress)!;
    for (const e of t.endpoints.filter((x) => x.networkId === ingress.id)) expect(e.dnsNames.filter((n) => n.startsWith('tasks.'))).toEqual([]);
    const solo = t.containers.find((c) => c.name === 'nt-solo')!;
    for (const e of t.endpoints.filter((x) => x.containerId === solo.id)) expect(e.dnsNames.some((n) => n.startsWith('tasks.'))).toBe(false);
  });

  it('knows where a task\'s service names lead: the VIPs, and every task of the service', () => {
    const where = serviceAddressesOf(t.swarms, running[0].containerId!);
    expect(where.vips).toEqual(web.vips.map((v) => v.ip));
    expect(where.tasks).toEqual(expect.arrayContaining(running.flatMap((x) => x.addresses.map((a) => a.ip))));
    expect(serviceAddressesOf(t.swarms, t.containers.find((c) => c.name === 'nt-solo')!.id)).toEqual({ vips: [], tasks: [] });
  });
});
