import { describe, expect, it } from 'vitest';
import { net } from './__fixtures__/synthetic-topology';
import { addressingLine, networkBadges } from './network-badge';

const texts = (n: Parameters<typeof networkBadges>[0]) => networkBadges(n).map((b) => b.text);

describe('networkBadges', () => {
  it('says what changes reachability: default bridge, macvlan parent, internal, non-NAT gateway modes', () => {
    expect(texts(net(1, 'bridge', { dns: false, builtin: true }))).toEqual(['no name resolution: containers reach each other by IP only']);
    expect(texts(net(2, 'lan', { driver: 'macvlan', parent: 'eth0', gatewayModes: null }))[0]).toMatch(/^on eth0 \(macvlan\).*host itself cannot reach/);
    expect(texts(net(3, 'vault', { internal: true }))).toEqual(['internal: no way out, no default route']);
    expect(texts(net(4, 'lab', { ipv6: true, gatewayModes: { ipv4: 'nat-unprotected', ipv6: 'routed' } }))).toEqual([
      'IPv4 nat-unprotected: every port reachable from the LAN', 'IPv6 routed, no NAT: published ports open at container addresses',
    ]);
    expect(texts(net(5, 'app'))).toEqual([]);
  });
  it('a mode of a family the network does not have is not shown', () => {
    expect(texts(net(6, 'v4', { ipv6: false, gatewayModes: { ipv4: 'nat', ipv6: 'routed' } }))).toEqual([]);
  });
});

describe('addressingLine', () => {
  it('shows both families, or says IPv6 only', () => {
    const v6 = { family: 6 as const, subnet: 'fd00:db8:2::/64', gateway: null, ipRange: null };
    expect(addressingLine(net(1, 'a'))).toBe('10.210.1.0/24');
    expect(addressingLine(net(2, 'b', { ipv4: false, ipv6: true, subnets: [v6] }))).toBe('fd00:db8:2::/64 · IPv6 only');
    expect(addressingLine(net(3, 'c', { ipv6: true, subnets: [...net(3).subnets, v6] }))).toBe('10.210.3.0/24 + fd00:db8:2::/64');
  });
});
