import { describe, expect, it } from 'vitest';
import { twoEngines } from './__fixtures__/two-engines';
import { reachability, reachabilityMatrix } from './reachability';
import type { Reachability } from './reachability-types';
import type { Container } from '../topology/types';

const { topology, c, n } = twoEngines();
const reach = (a: Container, b: Container, t = topology) => reachability(t, a.id, b.id);
const codes = (r: Reachability) => r.reasons.map((x) => x.code);

describe('reachability across two engines (hq and edge-1)', () => {
  it('shared_network over the swarm overlay: api (hq) reaches worker (edge-1) by name and its mesh address', () => {
    const r = reach(c.api, c.worker);
    expect(r).toMatchObject({ reachable: true, names: ['worker'], ips: ['10.0.9.4'] });
    expect(r.routes).toEqual([{ networkId: n.mesh.id, networkName: 'mesh', names: ['worker'], ipv4: '10.0.9.4', ipv6: null }]);
    expect(r.reasons[0]).toEqual({ code: 'shared_network', message: 'both on mesh (a swarm network across hq and edge-1): api reaches worker by name (worker) or at 10.0.9.4.' });
  });

  it('other_host: two `app` networks of one name are two networks; the detour is edge-1’s address, not web’s gateway', () => {
    const r = reach(c.web, c.shop);
    expect(r).toMatchObject({ reachable: false, routes: [], names: [], ips: [] });
    expect(codes(r)).toEqual(['other_host', 'published_port_only']);
    expect(r.reasons[0].message).toBe('shop runs on another host (edge-1) than web (hq): containers on different hosts share no local network, and they are on no swarm network together, the only kind that spans hosts.');
    expect(r.reasons[1].message).toContain('shop publishes ports on edge-1: web could reach them across the hosts\' own network at 192.168.50.12:8080 (→ 80/tcp).');
    expect(r.reasons[1].message).not.toContain('10.210.3.1');
  });

  it('a port on 127.0.0.1 of another host is out of reach: no detour, and the words say why', () => {
    const r = reach(c.web, c.pg);
    expect(codes(r)).toEqual(['other_host']);
    expect(r.reasons[0].message).toContain('Its port on 127.0.0.1:5432 answers on edge-1 itself only.');
  });

  it('two host-mode containers on different hosts do not share a stack', () => {
    const r = reach(c.agent, c.probe);
    expect(r.reachable).toBe(false);
    expect(codes(r)).toEqual(['other_host']);
    expect(r.reasons[0].message).toContain('probe uses edge-1\'s own network stack (host mode): it listens on edge-1\'s addresses (192.168.50.12)');
  });

  it('a host-mode target on another host is not at the source’s gateway', () => {
    const r = reach(c.web, c.probe);
    expect(r).toMatchObject({ reachable: false, ips: [] });
    expect(codes(r)).toEqual(['other_host']);
  });

  it('a host-mode source does not route to another host’s bridges (the same address is a container of its own host)', () => {
    const r = reach(c.agent, c.shop);
    expect(r).toMatchObject({ reachable: false, ips: [] });
    expect(codes(r)).toEqual(['other_host', 'published_port_only']);
    expect(r.reasons[1].message).toContain('192.168.50.12:8080');
  });

  it('default bridges of two engines are two networks, even with the same addresses', () => {
    expect(codes(reach(c.legacy, c.edgeLegacy))).toEqual(['other_host']);
  });

  it('within one engine nothing changes: host mode, gateway and published ports', () => {
    expect(reach(c.web, c.agent)).toMatchObject({ reachable: true, ips: ['10.210.3.1'], reasons: [{ code: 'target_host_mode' }] });
    expect(reach(c.agent, c.web)).toMatchObject({ reachable: true, ips: ['10.210.3.2'], reasons: [{ code: 'source_host_mode' }] });
    expect(reach(c.probe, c.pg)).toMatchObject({ reachable: true, ips: ['10.210.3.4'] });
    expect(reach(c.shop, c.pg)).toMatchObject({ reachable: true, names: ['pg'] });
  });

  it('a stack shared across engines is impossible: the chain stops at the engine', () => {
    const ghost: Container = { ...c.worker, id: 'd'.repeat(64), name: 'ghost', networkMode: `container:${c.api.id}`, sharesNetworkWith: c.api.id };
    const t = { ...topology, containers: [...topology.containers, ghost] };
    expect(codes(reach(ghost, c.api, t))).toEqual(['source_no_network']);
  });

  it('the detour names the host’s address from its URL without a swarm, and says so when it is unknown', () => {
    const t = { ...topology, swarms: [] };
    expect(reach(c.web, c.shop, t).reasons[1].message).toContain('edge-1.example.net:8080 (→ 80/tcp)');
    expect(reach(c.shop, c.web, t).reasons[1].message).toContain('<hq\'s address>:8080 (→ 80/tcp)');
  });

  it('an internal-only source reaches no other host', () => {
    const t = { ...topology, networks: topology.networks.map((x) => (x.id === n.app.id ? { ...x, internal: true } : x)) };
    const r = reach(c.web, c.shop, t);
    expect(codes(r)).toEqual(['other_host', 'internal_network']);
  });

  it('the matrix of the overlay mixes hosts: each cell as the pair answers', () => {
    const m = reachabilityMatrix(topology, [c.api.id, c.worker.id, c.shop.id]);
    expect(m.cells.map((row) => row.map((x) => x.reachable))).toEqual([[true, true, false], [true, true, true], [false, true, true]]);
  });
});
