import { describe, expect, it } from 'vitest';
import type { RawNetwork } from '../wire/raw-types';
import { fixtureSnapshot, nameOf } from './__fixtures__/engine-fixture';
import { isDefaultBridge, toNetwork } from './to-network';

const captured = (name: string) => fixtureSnapshot().networks.find((n) => n.Name === name)!;

describe('toNetwork on captured networks', () => {
  it('the default bridge: builtin, no embedded DNS, its subnet', () => {
    const bridge = toNetwork(captured('bridge'));
    expect(bridge).toMatchObject({ name: 'bridge', driver: 'bridge', builtin: true, dns: false, internal: false });
    expect(bridge.subnets).toHaveLength(1);
    expect(bridge.subnets[0].subnet).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
    expect(isDefaultBridge(captured('bridge'))).toBe(true);
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
    expect(isDefaultBridge(captured(nameOf('app-net')))).toBe(false);
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
