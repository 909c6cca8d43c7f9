import { describe, expect, it } from 'vitest';
import { captured, cleanCaptured, context, idOf } from './__fixtures__/doctor-fixture';
import { emptyNetwork } from './empty-network';

describe('empty_network', () => {
  it('a user-defined network nobody is attached to (synthetic: added to the capture’s network list)', () => {
    const t = captured((raw) => {
      raw.networks.push({ Id: 'e'.repeat(64), Name: 'old_stack_default', Driver: 'bridge', Scope: 'local', IPAM: { Config: [{ Subnet: '10.231.99.0/24' }] } });
    });
    const found = emptyNetwork(context(t));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'empty_network', severity: 'info', subjects: [{ kind: 'network', name: 'old_stack_default' }] });
    expect(found[0].message).toContain('10.231.99.0/24');
    expect(found[0].fix.steps).toEqual([{ action: 'remove-network', network: 'old_stack_default' }]);
  });

  it('never a built-in network, even with no container (none, once its container is gone)', () => {
    const t = captured((raw) => { raw.containers = raw.containers.filter((c) => c.Id !== idOf('none')); });
    expect(t.endpoints.some((e) => e.networkId === t.networks.find((n) => n.name === 'none')!.id)).toBe(false);
    expect(emptyNetwork(context(t))).toEqual([]);
  });

  it('a network only a stopped container is attached to is not empty (back-net without db and api)', () => {
    const t = captured((raw) => { raw.containers = raw.containers.filter((c) => c.Id !== idOf('db') && c.Id !== idOf('api') && c.Id !== idOf('sidecar')); });
    expect(emptyNetwork(context(t))).toEqual([]);
    expect(emptyNetwork(context(cleanCaptured()))).toEqual([]);
  });
});
