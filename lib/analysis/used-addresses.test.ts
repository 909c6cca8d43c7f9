import { describe, expect, it } from 'vitest';
import type { SwarmService, Topology } from '../topology/types';
import { twoEngines } from './__fixtures__/two-engines';
import { checkStaticIpv4 } from './check-static-ipv4';
import { usedAddresses } from './used-addresses';

const { topology, n } = twoEngines();
const relay: SwarmService = {
  id: 's1', name: 'relay', image: 'relay:1', mode: 'replicated', replicas: 2, endpointMode: 'vip', ports: [], networkIds: [n.mesh.id], dnsNames: ['relay', 'tasks.relay'], labels: {},
  vips: [{ networkId: n.mesh.id, ip: '10.0.9.2' }],
  tasks: [
    { id: 't1', slot: 1, nodeId: 'node-edge', state: 'running', desiredState: 'running', containerId: null, addresses: [{ networkId: n.mesh.id, ip: '10.0.9.4' }], error: null },
    { id: 't2', slot: 2, nodeId: 'node-far', state: 'running', desiredState: 'running', containerId: null, addresses: [{ networkId: n.mesh.id, ip: '10.0.9.7' }], error: null },
  ],
};
const withRelay: Topology = { ...topology, swarms: [{ ...topology.swarms[0], services: [relay] }] };

describe('usedAddresses across engines', () => {
  it('a local network: only its own engine’s containers, though the other `app` has the same addresses', () => {
    expect(usedAddresses(topology, n.edgeApp.id)).toEqual([{ ipv4: '10.210.3.2', by: 'shop' }, { ipv4: '10.210.3.3', by: 'worker' }, { ipv4: '10.210.3.4', by: 'pg' }]);
  });

  it('a swarm network: the endpoints of every engine', () => {
    expect(usedAddresses(topology, n.mesh.id)).toEqual([{ ipv4: '10.0.9.3', by: 'api' }, { ipv4: '10.0.9.4', by: 'worker' }]);
  });

  it('and its services’ virtual IPs and task addresses, once each (a task on a node netatlas does not watch too)', () => {
    const used = usedAddresses(withRelay, n.mesh.id);
    expect(used.map((u) => `${u.ipv4} ${u.by}`)).toEqual(['10.0.9.3 api', '10.0.9.4 worker', '10.0.9.2 the virtual IP of service relay', '10.0.9.7 a task of service relay']);
    expect(checkStaticIpv4('10.0.9.7', n.mesh.subnets, used)).toMatchObject({ ok: false, code: 'conflict', message: expect.stringContaining('already used by a task of service relay') });
  });
});
