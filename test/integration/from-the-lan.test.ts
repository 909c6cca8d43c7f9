/**
 * Who reaches a container from another machine, proven with a real one: a "LAN neighbour" network
 * namespace joined to the engine's host by a veth pair, with a route to the containers' subnets via the
 * host (what a router or a curious neighbour sets up). On Engine 28+ the verdicts of outsideReach are
 * definite (nat drops direct routing, nat-unprotected does not, 127.0.0.1 ports are filtered), and each must
 * match what the neighbour gets. Runs where the engine speaks API >= 1.48 and the test may create network
 * namespaces (root, ip, nsenter): scripts/test.sh runs the suite inside the current engine's namespace, so
 * the neighbour joins that host, never the machine's own network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outsideReach } from '@/lib/analysis/outside-reach';
import { apiAtLeast } from '@/lib/topology/api-versions';
import type { Topology } from '@/lib/topology/types';
import { freeHostPort, freeSubnet, withOwner } from '../support/test-engine';
import { secondEngineUnsupported } from '../support/second-engine';
import { vethNamespace, type VethNamespace } from '../support/veth-namespace';
import { endpointOf, useScenario, type Created } from './support/scenario';

const s = useScenario();
const engineApi = await s.docker.version().then((v) => v.ApiVersion).catch(() => '0');
const why = !apiAtLeast(engineApi, '1.48')
  ? `the engine speaks API ${engineApi}: before Engine 28 the verdicts are "maybe" (they depend on the host's FORWARD policy)`
  : secondEngineUnsupported();

const suffix = s.runId.slice(-6);
const NS = `nt-lan-${suffix}`;
const HOST_IF = `nl${suffix}h`;
const LAN_IF = `nl${suffix}n`;
// A /30 of TEST-NET-2 between the host and its neighbour: never routed anywhere else.
const HOST_IP = '198.51.100.1';
const LAN_IP = '198.51.100.2';

let lan: VethNamespace | null = null;
const inLan = (args: string[]) => lan!.run(args);

/** Whether the neighbour completes a TCP handshake with addr:port within 2 s (busybox nc from the host's filesystem). */
function lanConnects(addr: string, port: number): boolean {
  try {
    inLan(['/bin/busybox', 'nc', '-w', '2', addr, String(port), '-e', 'true']);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(Boolean(why))(`from another machine on the LAN${why ? ` (skipped: ${why})` : ''}`, () => {
  let nat: Created & { subnet: string }, open: Created & { subnet: string };
  let web: Created, wide: Created;
  let loopPort: number;
  let widePort: number;
  let t: Topology;

  beforeAll(async () => {
    lan = vethNamespace({ name: NS, hostIf: HOST_IF, nsIf: LAN_IF, hostIp: HOST_IP, nsIp: LAN_IP });

    nat = await s.network('nat');
    const subnet = await freeSubnet(s.docker);
    const made = await s.docker.createNetwork({
      Name: s.name('unprotected'), Driver: 'bridge', Labels: withOwner(s.labels),
      Options: { 'com.docker.network.bridge.gateway_mode_ipv4': 'nat-unprotected' },
      IPAM: { Driver: 'default', Config: [{ Subnet: subnet }] },
    });
    open = { id: made.id, name: s.name('unprotected'), subnet };
    for (const n of [nat, open]) inLan(['ip', 'route', 'add', n.subnet, 'via', HOST_IP]);
    loopPort = await freeHostPort();
    widePort = await freeHostPort();
    // Both listen on 8080 and 9090; `web` publishes 9090 on 127.0.0.1 and 8080 on every interface.
    const listen = ['sh', '-c', 'while true; do nc -l -p 8080 -e true; done & while true; do nc -l -p 9090 -e true; done'];
    web = await s.container('web', { networkMode: nat.name, cmd: listen, ports: {
      '9090/tcp': [{ HostIp: '127.0.0.1', HostPort: String(loopPort) }],
      '8080/tcp': [{ HostIp: '0.0.0.0', HostPort: String(widePort) }],
    } });
    wide = await s.container('wide', { networkMode: open.name, cmd: listen });
    t = await s.topology();
  });

  afterAll(() => {
    lan?.remove();
  });

  it('nat (the default): Engine 28 drops a neighbour routing straight to the container, published port or not, as predicted', () => {
    const addr = endpointOf(t, web.name, nat.name).ipv4!;
    const door = outsideReach(t, web.id).find((d) => d.from === 'lan' && d.how === 'direct');
    expect(door).toMatchObject({ at: addr, verdict: 'no', rule: { id: 'nat_direct_routing_dropped', engines: 'Engine 28+' } });
    expect(lanConnects(addr, 8080)).toBe(false);
  });

  it('nat-unprotected: the same neighbour reaches every port, as predicted', () => {
    const addr = endpointOf(t, wide.name, open.name).ipv4!;
    const door = outsideReach(t, wide.id).find((d) => d.from === 'lan' && d.how === 'direct');
    expect(door).toMatchObject({ at: addr, verdict: 'yes', rule: { id: 'nat_unprotected' } });
    expect(lanConnects(addr, 8080)).toBe(true);
  });

  it("published ports at the host's LAN address: 0.0.0.0 answers, 127.0.0.1 does not, as predicted", () => {
    const doors = outsideReach(t, web.id).filter((d) => d.from === 'lan' && d.how === 'published');
    expect(doors).toEqual(expect.arrayContaining([
      expect.objectContaining({ at: `127.0.0.1:${loopPort}`, verdict: 'no', rule: expect.objectContaining({ id: 'loopback_port_filtered' }) }),
      expect.objectContaining({ at: `0.0.0.0:${widePort}`, verdict: 'yes', rule: expect.objectContaining({ id: 'published_port' }) }),
    ]));
    expect(lanConnects(HOST_IP, widePort)).toBe(true);
    expect(lanConnects(HOST_IP, loopPort)).toBe(false);
  });
});
