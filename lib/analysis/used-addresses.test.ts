import { describe, expect, it } from 'vitest';
import type { SwarmService, Topology } from '../topology/types';
import { twoEngines } from './__fixtures__/two-engines';
import { checkStaticIpv4 } from './check-static-ipv4';
import { checkStaticIpv6 } from './check-static-ipv6';
import { usedAddresses, type AddressHolders } from './used-addresses';

const { topology, n } = twoEngines();
const relay: SwarmService = {
  id: 's1', name: 'relay', image: 'relay:1', mode: 'replicated', replicas: 2, endpointMode: 'vip', ports: [], networkIds: [n.mesh.id], dnsNames: ['relay', 'tasks.relay'], labels: {},
  vips: [{ networkId: n.mesh.id, ip: '10.0.9.2' }, { networkId: n.mesh.id, ip: 'fd00:9::2/64' }],
  tasks: [
    { id: 't1', slot: 1, nodeId: 'node-edge', state: 'running', desiredState: 'running', containerId: null, addresses: [{ networkId: n.mesh.id, ip: '10.0.9.4' }, { networkId: n.mesh.id, ip: 'fd00:9::4/64' }], error: null },
    { id: 't2', slot: 2, nodeId: 'node-far', state: 'running', desiredState: 'running', containerId: null, addresses: [{ networkId: n.mesh.id, ip: '10.0.9.7' }, { networkId: n.mesh.id, ip: 'fd00:9::7/64' }], error: null },
  ],
};
const withRelay: Topology = { ...topology, swarms: [{ ...topology.swarms[0], services: [relay] }] };
/** The mesh dual-stack: its two containers also have IPv6 addresses. */
const ipv6Of: Record<string, string> = { api: 'fd00:9::3', worker: 'fd00:9::4' };
const names = new Map(topology.containers.map((c) => [c.id, c.name]));
const dualStack: Topology = {
  ...withRelay,
  endpoints: withRelay.endpoints.map((e) => (e.networkId === n.mesh.id ? { ...e, ipv6: ipv6Of[names.get(e.containerId)!] } : e)),
};
const mesh6 = { ipv6: true, subnets: [...n.mesh.subnets, { family: 6 as const, subnet: 'fd00:9::/64', gateway: 'fd00:9::1', ipRange: null }] };

describe('usedAddresses across engines', () => {
  it('a local network: only its own engine’s containers, though the other `app` has the same addresses', () => {
    expect(usedAddresses(topology, n.edgeApp.id)).toEqual({
      ipv4: [{ ipv4: '10.210.3.2', by: 'shop' }, { ipv4: '10.210.3.3', by: 'worker' }, { ipv4: '10.210.3.4', by: 'pg' }],
      ipv6: [],
    });
  });

  it('a swarm network: the endpoints of every engine', () => {
    expect(usedAddresses(topology, n.mesh.id).ipv4).toEqual([{ ipv4: '10.0.9.3', by: 'api' }, { ipv4: '10.0.9.4', by: 'worker' }]);
  });

  it('and its services’ virtual IPs and task addresses, once each (a task on a node netatlas does not watch too)', () => {
    const used = usedAddresses(withRelay, n.mesh.id);
    expect(used.ipv4.map((u) => `${u.ipv4} ${u.by}`)).toEqual(['10.0.9.3 api', '10.0.9.4 worker', '10.0.9.2 the virtual IP of service relay', '10.0.9.7 a task of service relay']);
    expect(checkStaticIpv4('10.0.9.7', n.mesh.subnets, used.ipv4)).toMatchObject({ ok: false, code: 'conflict', message: expect.stringContaining('already used by a task of service relay') });
  });
});

describe('usedAddresses: IPv6', () => {
  it('the endpoints’ IPv6 addresses, then the swarm’s, without prefix and once each; none of them in the IPv4 list', () => {
    const used = usedAddresses(dualStack, n.mesh.id);
    expect(used.ipv6.map((u) => `${u.ipv6} ${u.by}`)).toEqual(['fd00:9::3 api', 'fd00:9::4 worker', 'fd00:9::2 the virtual IP of service relay', 'fd00:9::7 a task of service relay']);
    expect(used.ipv4.map((u) => u.ipv4)).toEqual(['10.0.9.3', '10.0.9.4', '10.0.9.2', '10.0.9.7']);
  });

  it('what checkStaticIpv6 refuses, naming the holder', () => {
    const used = usedAddresses(dualStack, n.mesh.id).ipv6;
    expect(checkStaticIpv6('fd00:9::4', mesh6, used)).toMatchObject({ ok: false, code: 'conflict', message: expect.stringContaining('already used by worker') });
    expect(checkStaticIpv6('fd00:9::7', mesh6, used)).toMatchObject({ ok: false, code: 'conflict', message: expect.stringContaining('already used by a task of service relay') });
    expect(checkStaticIpv6('fd00:9::9', mesh6, used)).toEqual({ ok: true });
  });

  it('also reads what a network inspect gives (endpoints only, no swarm)', () => {
    const holders: AddressHolders = {
      containers: [{ id: 'c1', name: 'db' }],
      endpoints: [{ networkId: 'n1', containerId: 'c1', ipv4: null, ipv6: 'fd00:5::2' }, { networkId: 'n1', containerId: 'gone', ipv4: '10.5.0.3', ipv6: null }],
      swarms: [],
    };
    expect(usedAddresses(holders, 'n1')).toEqual({ ipv4: [{ ipv4: '10.5.0.3', by: 'a container' }], ipv6: [{ ipv6: 'fd00:5::2', by: 'db' }] });
  });
});
