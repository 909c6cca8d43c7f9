import { describe, expect, it } from 'vitest';
import { cidrHas, cidrInside, formatIpv4, networkOf, parseIpv4Cidr } from './ipv4-cidr';

describe('ipv4 cidr', () => {
  it('parses a network address with its prefix length', () => {
    expect(parseIpv4Cidr('10.5.0.0/24')).toEqual({ text: '10.5.0.0/24', bits: 24, first: 0x0a050000, last: 0x0a0500ff });
    expect(parseIpv4Cidr('0.0.0.0/0')?.last).toBe(0xffffffff);
    expect(parseIpv4Cidr('10.5.0.7/32')?.first).toBe(0x0a050007);
  });

  it('refuses host bits, bad prefixes, IPv6 and junk', () => {
    for (const bad of ['10.5.0.1/24', '10.5.0.0/33', '10.5.0.0', '10.5.0.0/', '300.1.1.0/24', 'fe80::/64', '10.5.0.0/24\n', ' /8', '10.5.0.0/024x']) {
      expect(parseIpv4Cidr(bad), bad).toBeNull();
    }
  });

  it('answers containment of addresses and sub-ranges', () => {
    const net = parseIpv4Cidr('10.5.0.0/24')!;
    expect(cidrHas(net, 0x0a050009)).toBe(true);
    expect(cidrHas(net, 0x0a050100)).toBe(false);
    expect(cidrInside(parseIpv4Cidr('10.5.0.128/25')!, net)).toBe(true);
    expect(cidrInside(parseIpv4Cidr('10.5.0.0/23')!, net)).toBe(false);
  });

  it('formats addresses and names the network of a host address', () => {
    expect(formatIpv4(0x0a050009)).toBe('10.5.0.9');
    expect(networkOf('10.5.0.1', 24)).toBe('10.5.0.0/24');
  });
});
