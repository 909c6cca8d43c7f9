import { describe, expect, it } from 'vitest';
import { rawSwarmFixture, swarmCapture } from '../topology/__fixtures__/swarm-fixture';
import { buildTopology } from '../topology/build-topology';
import { toSwarm } from '../topology/to-swarm';
import { buildPortMap } from './port-map';
import { swarmPortBindings } from './swarm-port-bindings';

/** The captured one-node swarm (nt-web publishes 8080 on the routing mesh, nt-dns 9090 in host mode). */
function captured() {
  const c = swarmCapture();
  const engine = { id: c.info.ID, name: c.info.Name, serverVersion: c.info.ServerVersion, apiVersion: '1.41', host: 'unix:///tmp/h/docker.sock', swarmManager: true, swarmNodeId: c.info.Swarm.NodeID ?? null };
  return buildTopology({ engine, engineId: 'hq', swarm: toSwarm(rawSwarmFixture(), 'hq'), networks: c.networks, containers: c.containers, inspects: c.inspects });
}

describe('swarm ports on the host-port map', () => {
  it('lists a routing-mesh port once per node known as an engine, on every interface, naming the service', () => {
    const t = captured();
    expect(swarmPortBindings(t)).toEqual([expect.objectContaining({ engineId: 'hq', hostPort: 8080, containerPort: 80, protocol: 'tcp', containerName: 'nt-web', containerId: '', service: expect.objectContaining({ name: 'nt-web' }) })]);
    const owners = buildPortMap(t, { port: 8080 }).interfaces.flatMap((i) => i.bindings.map((b) => [i.engineId, i.hostIp, b.service?.name ?? b.containerName]));
    expect(owners).toEqual([['hq', '0.0.0.0', 'nt-web']]);
  });

  it('leaves out nodes netatlas does not know as engines, and nodes that are down', () => {
    const t = captured();
    t.swarms[0].nodes = t.swarms[0].nodes.map((n) => ({ ...n, engineId: null }));
    expect(swarmPortBindings(t)).toEqual([]);
    const down = captured();
    down.swarms[0].nodes = down.swarms[0].nodes.map((n) => ({ ...n, state: 'down' }));
    expect(swarmPortBindings(down)).toEqual([]);
  });
});
