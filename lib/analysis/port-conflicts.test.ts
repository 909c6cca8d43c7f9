import { describe, expect, it } from 'vitest';
import { buildTopology } from '../topology/build-topology';
import { fixtureSnapshot, idOf, nameOf } from '../topology/__fixtures__/engine-fixture';
import { ctr } from '../graph/__fixtures__/synthetic-topology';
import type { Topology } from '../topology/types';
import { buildPortConflicts } from './port-conflicts';
import { buildPortMap } from './port-map';

/** The engine's words as 20.10 records them in State.Error (seen on this machine). */
const allocated = (ip: string, port: number) =>
  `driver failed programming external connectivity on endpoint x (41e2c81f): Bind for ${ip}:${port} failed: port is already allocated`;
const inUse = (ip: string, port: number) =>
  `driver failed programming external connectivity on endpoint x (62acc5ac): Error starting userland proxy: listen tcp4 ${ip}:${port}: bind: address already in use`;

/** The capture with `stopped` asking for web's live 127.0.0.1 port, and failing to start for it. */
function capturedConflict(error: (ip: string, port: number) => string): Topology {
  const raw = fixtureSnapshot();
  const webPort = Number(raw.inspects[idOf('web')]!.HostConfig!.PortBindings!['80/tcp']![0].HostPort);
  const stopped = raw.inspects[idOf('stopped')]!;
  stopped.HostConfig!.PortBindings = { '8080/tcp': [{ HostIp: '127.0.0.1', HostPort: String(webPort) }] };
  stopped.State = { Status: 'created', Running: false, Error: error('127.0.0.1', webPort) };
  return buildTopology(raw);
}

describe('buildPortConflicts', () => {
  it('none on the capture as recorded', () => {
    expect(buildPortConflicts(buildTopology(fixtureSnapshot()))).toEqual([]);
  });

  it('"port is already allocated": the requested binding, held by the running web', () => {
    const t = capturedConflict(allocated);
    const [conflict] = buildPortConflicts(t);
    const webPort = t.containers.find((c) => c.id === idOf('web'))!.ports[0].hostPort;
    expect(conflict).toEqual({
      containerId: idOf('stopped'), containerName: nameOf('stopped'), hostIp: '127.0.0.1', hostPort: webPort,
      protocol: 'tcp', heldBy: { id: idOf('web'), name: nameOf('web') }, message: allocated('127.0.0.1', webPort),
    });
  });

  it('"address already in use" from docker-proxy counts too, and the port map shows it', () => {
    const t = capturedConflict(inUse);
    expect(buildPortConflicts(t).map((c) => c.heldBy?.name)).toEqual([nameOf('web')]);
    expect(buildPortMap(t).conflicts).toHaveLength(1);
  });

  it('a wildcard holder holds the port for 127.0.0.1 too; a port held by no container has heldBy null', () => {
    const holder = ctr(1, 'pg', { ports: [{ hostIp: '0.0.0.0', hostPort: 5432, containerPort: 5432, protocol: 'tcp' }] });
    const late = ctr(2, 'pg2', {
      state: 'created', startError: inUse('127.0.0.1', 5432),
      ports: [{ hostIp: '127.0.0.1', hostPort: 5432, containerPort: 5432, protocol: 'tcp' }],
    });
    const orphan = ctr(3, 'web2', {
      state: 'created', startError: allocated('0.0.0.0', 8080),
      ports: [{ hostIp: '0.0.0.0', hostPort: 8080, containerPort: 80, protocol: 'tcp' }],
    });
    const t: Topology = { ...buildTopology(fixtureSnapshot()), containers: [holder, late, orphan], endpoints: [], networks: [] };
    expect(buildPortConflicts(t).map((c) => `${c.containerName} ${c.hostIp}:${c.hostPort} ${c.heldBy?.name ?? '-'}`)).toEqual([
      'pg2 127.0.0.1:5432 pg', 'web2 0.0.0.0:8080 -',
    ]);
  });

  it('ignores other start errors and running containers', () => {
    const a = ctr(1, 'a', { state: 'exited', startError: 'OCI runtime create failed: exec: "nope": executable file not found' });
    const t: Topology = { ...buildTopology(fixtureSnapshot()), containers: [a], endpoints: [], networks: [] };
    expect(buildPortConflicts(t)).toEqual([]);
  });
});
