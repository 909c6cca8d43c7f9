import { describe, expect, it } from 'vitest';
import { ipAddress, ipv4Address } from './refs';

describe('ipAddress (IPv4 or IPv6)', () => {
  it('accepts IPv4 as ipv4Address does, and gives it back as it is', () => {
    expect(ipAddress.parse('10.5.0.9')).toBe('10.5.0.9');
    for (const bad of ['10.5.0', '10.5.0.256', '10.5.0.9 ', '10.5.0.9/24']) expect(ipAddress.safeParse(bad).success, bad).toBe(false);
  });

  it('accepts IPv6 and gives back its canonical form (RFC 5952)', () => {
    expect(ipAddress.parse('fd00:db8:2::3')).toBe('fd00:db8:2::3');
    expect(ipAddress.parse('FD00:0DB8:0002:0000:0000:0000:0000:0003')).toBe('fd00:db8:2::3');
    expect(ipAddress.parse('::1')).toBe('::1');
    expect(ipAddress.parse('::ffff:10.0.0.1')).toBe('::ffff:a00:1');
  });

  it('refuses a zone id, brackets, whitespace, shell words and malformed groups', () => {
    for (const bad of ['fe80::1%eth0', '[fd00::1]', 'fd00::1 ', '\tfd00::1', 'fd00::1;id', '$(id)', '-6', ':', ':::', 'fd00::1::2', 'fd00::g', '1:2:3:4:5:6:7:8:9', 'fd00::12345', '']) {
      expect(ipAddress.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('leaves ipv4Address IPv4-only', () => {
    expect(ipv4Address.safeParse('fd00::1').success).toBe(false);
  });
});
