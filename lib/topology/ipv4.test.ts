import { describe, expect, it } from 'vitest';
import { ipv4InCidr, parseIpv4 } from './ipv4';

describe('ipv4', () => {
  it('parses dotted quads and rejects anything else', () => {
    expect(parseIpv4('10.0.0.1')).toBe(167772161);
    expect(parseIpv4('256.0.0.1')).toBeNull();
    expect(parseIpv4('10.0.0')).toBeNull();
    expect(parseIpv4('fe80::1')).toBeNull();
  });

  it('tells whether an address is inside a subnet', () => {
    expect(ipv4InCidr('172.18.0.1', '172.18.0.0/16')).toBe(true);
    expect(ipv4InCidr('172.19.0.1', '172.18.0.0/16')).toBe(false);
    expect(ipv4InCidr('10.0.0.9', '10.0.0.8/29')).toBe(true);
    expect(ipv4InCidr('10.0.0.16', '10.0.0.8/29')).toBe(false);
    expect(ipv4InCidr('1.2.3.4', '0.0.0.0/0')).toBe(true);
    expect(ipv4InCidr('1.2.3.4', 'nonsense')).toBe(false);
  });
});
