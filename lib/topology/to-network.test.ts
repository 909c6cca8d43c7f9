import { describe, expect, it } from 'vitest';
import type { RawNetwork } from '../wire/raw-types';
import { fixtureSnapshot, nameOf } from './__fixtures__/engine-fixture';
import { engine28, type Role28 } from './__fixtures__/engine-28.5-fixture';
import { toNetwork } from './to-network';

const captured = (name: string) => fixtureSnapshot().networks.find((n) => n.Name === name)!;

describe('toNetwork on captured networks', () => {
  it('the default bridge: builtin, no embedded DNS, its subnet', () => {
    const bridge = toNetwork(captured('bridge'));
    expect(bridge).toMatchObject({ name: 'bridge', driver: 'bridge', builtin: true, dns: false, internal: false });
    expect(bridge.subnets).toHaveLength(1);
    expect(bridge.subnets[0].subnet).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
  });

  it('host and none: builtin, no DNS, no subnets', () => {
    expect(toNetwork(captured('host'))).toMatchObject({ driver: 'host', builtin: true, dns: false, subnets: [] });
    expect(toNetwork(captured('none'))).toMatchObject({ driver: 'null', builtin: true, dns: false, subnets: [] });
  });

  it('a user-defined bridge: not builtin, embedded DNS, its explicit subnet and labels', () => {
    const app = toNetwork(captured(nameOf('app-net')));
    expect(app).toMatchObject({ builtin: false, dns: true, scope: 'local' });
    // GET /networks on 20.10 omits the gateway of a subnet given without one, though the engine assigns .1.
    expect(app.subnets).toEqual([{ family: 4, subnet: expect.stringMatching(/^10\.231\.\d+\.0\/24$/), gateway: null, ipRange: null }]);
    expect(app.labels['netatlas.test']).toBeTruthy();
  });
});

describe('toNetwork on captured Engine 28.5 networks', () => {
  const captured28 = (role: Role28 | 'bridge' | 'host' | 'none') =>
    toNetwork(engine28.snapshot().networks.find((n) => n.Name === (['bridge', 'host', 'none'].includes(role) ? role : engine28.nameOf(role as Role28)))!);

  it('an IPv6-only network: ipv4 false, one IPv6 subnet (the engine lists no gateway for it)', () => {
    expect(captured28('v6only-net')).toMatchObject({ ipv4: false, ipv6: true, builtin: false, dns: true });
    expect(captured28('v6only-net').subnets).toEqual([{ family: 6, subnet: expect.stringMatching(/^fd[0-9a-f]{2}:[0-9a-f]{1,4}:[0-9a-f]{1,4}::\/64$/), gateway: null, ipRange: null }]);
  });

  it('a dual-stack network: both families on, one subnet of each family', () => {
    const dual = captured28('dual-net');
    expect(dual).toMatchObject({ ipv4: true, ipv6: true });
    expect(dual.subnets.map((x) => [x.family, x.subnet.includes(':')])).toEqual([[4, false], [6, true]]);
  });

  it('IPv4 on and IPv6 off where nothing else was asked, the default bridge too', () => {
    for (const role of ['app-net', 'internal-net', 'bridge'] as const) expect(captured28(role), role).toMatchObject({ ipv4: true, ipv6: false });
    expect(captured28('internal-net')).toMatchObject({ internal: true, dns: true });
  });

  it('gateway modes: routed where the option says so, nat elsewhere, none for host and none', () => {
    expect(captured28('routed-net').gatewayModes).toEqual({ ipv4: 'routed', ipv6: 'nat' });
    expect(captured28('routed-net').options['com.docker.network.bridge.gateway_mode_ipv4']).toBe('routed');
    for (const role of ['dual-net', 'v6only-net', 'bridge'] as const) expect(captured28(role).gatewayModes, role).toEqual({ ipv4: 'nat', ipv6: 'nat' });
    expect(captured28('host').gatewayModes).toBeNull();
    expect(captured28('none').gatewayModes).toBeNull();
  });

  it('the default bridge lists its gateway on 28.5 (a user subnet given without one does not)', () => {
    expect(captured28('bridge').subnets).toEqual([{ family: 4, subnet: expect.stringMatching(/\/\d+$/), gateway: expect.stringMatching(/\.1$/), ipRange: null }]);
    expect(captured28('app-net').subnets[0].gateway).toBeNull();
  });
});

describe('toNetwork on made-up networks', () => {
  const base: RawNetwork = { Id: 'n1', Name: 'n', Driver: 'bridge', Scope: 'local' };

  it('a network merely named like a builtin is not builtin unless its driver matches', () => {
    expect(toNetwork({ ...base, Name: 'host' })).toMatchObject({ builtin: false, dns: true });
  });

  it('a renamed default bridge is recognised by its option', () => {
    const raw = { ...base, Name: 'docker0-net', Options: { 'com.docker.network.bridge.default_bridge': 'true' } };
    expect(toNetwork(raw)).toMatchObject({ builtin: true, dns: false });
  });

  it("swarm's ingress is builtin and serves no names", () => {
    expect(toNetwork({ ...base, Name: 'ingress', Driver: 'overlay', Scope: 'swarm', Ingress: true })).toMatchObject({ builtin: true, dns: false, ingress: true });
  });

  it('a user overlay or an internal network serves names', () => {
    expect(toNetwork({ ...base, Driver: 'overlay', Scope: 'swarm', Attachable: true })).toMatchObject({ builtin: false, dns: true, attachable: true });
    expect(toNetwork({ ...base, Internal: true })).toMatchObject({ internal: true, dns: true });
  });

  it('copies options and labels, and tolerates missing fields', () => {
    const n = toNetwork({ Id: 'x', Name: 'x' });
    expect(n).toMatchObject({ driver: '', scope: 'local', subnets: [], options: {}, labels: {}, createdAt: '' });
  });
});
