import { describe, expect, it } from 'vitest';
import { canonicalIp, formatIpv6, ipFamily, ipv6InCidr, parseIpv6, parseIpv6Cidr } from './ipv6';

describe('parseIpv6 / formatIpv6', () => {
  it('reads the spellings the engine and users write, and gives the canonical short form back', () => {
    for (const [text, canonical] of [
      ['fd00:db8:1::2', 'fd00:db8:1::2'],
      ['FD00:0DB8:0001:0000:0000:0000:0000:0002', 'fd00:db8:1::2'],
      ['::', '::'],
      ['::1', '::1'],
      ['fe80::1%eth0', 'fe80::1'],
      ['::ffff:10.0.0.1', '::ffff:a00:1'],
      ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ]) expect(formatIpv6(parseIpv6(text)!)).toBe(canonical);
  });
  it('refuses what is not an IPv6 address', () => {
    for (const bad of ['10.0.0.1', 'fd00::1::2', 'fd00:db8:1:2:3:4:5:6:7', 'g::1', '', '1:2:3:4:5:6:7', ':::']) expect(parseIpv6(bad)).toBeNull();
  });
});

describe('IPv6 CIDRs', () => {
  it('parses a subnet and tells who is inside', () => {
    expect(parseIpv6Cidr('fd00:db8:1::/64')).toMatchObject({ text: 'fd00:db8:1::/64', bits: 64 });
    expect(parseIpv6Cidr('fd00:db8:1::1/64')).toBeNull();
    expect(ipv6InCidr('fd00:db8:1::ffff', 'fd00:db8:1::/64')).toBe(true);
    expect(ipv6InCidr('fd00:db8:2::1', 'fd00:db8:1::/64')).toBe(false);
    expect(ipv6InCidr('10.0.0.1', 'fd00:db8:1::/64')).toBe(false);
  });
  it('names the family of an address or CIDR', () => {
    expect(ipFamily('fd00::/64')).toBe(6);
    expect(ipFamily('10.1.0.0/16')).toBe(4);
    expect(ipFamily('db')).toBeNull();
  });
});

describe('canonicalIp', () => {
  it('gives IPv6 addresses one spelling and leaves anything else as it is', () => {
    expect(canonicalIp('FD00:0DB8:0000::0001')).toBe('fd00:db8::1');
    expect(canonicalIp('10.0.0.1')).toBe('10.0.0.1');
    expect(canonicalIp('not:an:address:x')).toBe('not:an:address:x');
  });
});
