import { describe, expect, it } from 'vitest';
import { ctr, ep, net } from '../../graph/__fixtures__/synthetic-topology';
import type { Container, Topology } from '../../topology/types';
import { twoEngines } from '../__fixtures__/two-engines';
import type { Diagnostic } from '../diagnostic-types';
import type { ContainerConfigs } from './container-config';
import { buildDiagnostics } from './index';

const { topology, c, n } = twoEngines();
const EDGE_CLI = 'docker -H tcp://edge-1.example.net:2376';
const env = (spec: Array<[Container, string[]]>): ContainerConfigs =>
  Object.fromEntries(spec.map(([x, lines]) => [x.id, { env: lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as [string, string]), links: [] }]));
const of = (found: Diagnostic[], rule: Diagnostic['rule']) => found.filter((d) => d.rule === rule);
const line = (d: Diagnostic) => `${d.engineId} ${d.subjects.map((s) => s.name).join(' ')}`;

describe('the doctor on two engines: every finding on one engine, its fix for that engine', () => {
  it('each finding carries its engine, and its CLI goes to that engine’s host', () => {
    const found = of(buildDiagnostics(topology), 'no_user_network');
    expect(found.map(line)).toEqual(['edge edge-legacy', 'default legacy']); // by subject name
    expect(found[1].fix.text).toContain('(docker network create <net>');
    expect(found[0].fix.text).toContain(`(${EDGE_CLI} network create <net>, then ${EDGE_CLI} network connect <net> edge-legacy)`);
  });

  it('empty_network: a network is its own engine’s, removed there', () => {
    const old = net(30, 'old', { engineId: 'edge', engineIds: ['edge'] });
    const [d] = of(buildDiagnostics({ ...topology, networks: [...topology.networks, old] }), 'empty_network');
    expect(line(d)).toBe('edge old');
    expect(d.fix.text).toContain(`${EDGE_CLI} network rm old`);
  });

  it('name_on_default_bridge: a name on another engine’s bridge is no pair; a pair on edge-1 gets a fix there, named among edge-1’s networks', () => {
    const buddy = ctr(31, 'buddy', { engineId: 'edge' });
    const taken = net(32, 'buddy-edge-legacy-net'); // on hq: no obstacle on edge-1
    const t: Topology = { ...topology, containers: [...topology.containers, buddy], networks: [...topology.networks, taken], endpoints: [...topology.endpoints, ep(n.edgeBridge, buddy, 3)] };
    const found = of(buildDiagnostics(t, env([[c.legacy, ['PEER=edge-legacy:80']], [buddy, ['PEER=edge-legacy:80']]])), 'name_on_default_bridge');
    expect(found.map(line)).toEqual(['edge buddy edge-legacy']);
    expect(found[0].fix.steps?.[0]).toEqual({ action: 'create-network', name: 'buddy-edge-legacy-net' });
    expect(found[0].fix.text).toContain(`${EDGE_CLI} network create buddy-edge-legacy-net`);
  });

  it('host_port_conflict: a port held on another host is not the cause', () => {
    const late = ctr(33, 'late', { state: 'created', ports: [{ hostIp: '0.0.0.0', hostPort: 5432, containerPort: 5432, protocol: 'tcp' }], startError: 'Bind for 0.0.0.0:5432 failed: port is already allocated' });
    const [d] = of(buildDiagnostics({ ...topology, containers: [...topology.containers, late] }), 'host_port_conflict');
    expect(line(d)).toBe('default late');
    expect(d.message).toContain('already taken by another process on the host');
  });

  it('localhost_to_other: localhost never means a container on another host, except one met on a swarm network', () => {
    const worker = { ...c.worker, exposedPorts: [{ containerPort: 9000, protocol: 'tcp' as const }] };
    const t = { ...topology, containers: topology.containers.map((x) => (x.id === worker.id ? worker : x)) };
    const found = of(buildDiagnostics(t, env([[c.web, ['DB_URL=postgres://localhost:5432/x']], [c.api, ['JOBS=localhost:9000']]])), 'localhost_to_other');
    expect(found.map(line)).toEqual(['default api worker']);
    expect(found[0].fix.text).toContain('both are on mesh');
  });

  it('via_published_port: the own host’s gateway means its own containers, whatever comes first in the list', () => {
    const t = { ...topology, containers: [c.shop, ...topology.containers.filter((x) => x.id !== c.shop.id)] };
    const found = of(buildDiagnostics(t, env([[c.api, ['SITE=http://10.210.3.1:8080/']]])), 'via_published_port');
    expect(found.map(line)).toEqual(['default api web app']);
  });

  it('via_published_port across hosts: api dials edge-1’s address for worker, with whom it shares mesh', () => {
    const worker = { ...c.worker, ports: [{ hostIp: '0.0.0.0', hostPort: 9000, containerPort: 9000, protocol: 'tcp' as const }] };
    const t = { ...topology, containers: topology.containers.map((x) => (x.id === worker.id ? worker : x)) };
    const [d] = of(buildDiagnostics(t, env([[c.api, ['JOBS=http://192.168.50.12:9000/']]])), 'via_published_port');
    expect(line(d)).toBe('default api worker mesh');
    expect(d.message).toContain('through edge-1\'s published port 9000, although both are on mesh, where worker:9000 answers directly');
  });
});
