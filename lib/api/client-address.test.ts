import { describe, expect, it } from 'vitest';
import { clientAddress, UNKNOWN_CLIENT } from './client-address';

describe('clientAddress', () => {
  it('is the forwarded address when the preload put the socket address there', () => {
    expect(clientAddress('127.0.0.5', true)).toBe('127.0.0.5');
    expect(clientAddress(' 10.1.2.3 ', true)).toBe('10.1.2.3');
  });

  it('is one shared key when the header may be the client’s own, or is missing', () => {
    expect(clientAddress('127.0.0.5', false)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress('203.0.113.9', false)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress(null, true)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress('', true)).toBe(UNKNOWN_CLIENT);
  });

  it('is not trusted unless the preload said so (a bare next start, next dev, these tests)', () => {
    expect(clientAddress('127.0.0.5')).toBe(UNKNOWN_CLIENT);
  });

  it('reads an IPv4-mapped IPv6 address as IPv4', () => {
    expect(clientAddress('::ffff:192.0.2.7', true)).toBe('192.0.2.7');
  });

  it('counts an IPv6 address for its /64, however it is written', () => {
    const key = '2001:db8:0:1::/64';
    expect(clientAddress('2001:db8:0:1::1', true)).toBe(key);
    expect(clientAddress('2001:0DB8:0000:0001:ffff:1:2:3', true)).toBe(key);
    expect(clientAddress('2001:db8::1:0:0:0:9', true)).toBe('2001:db8:0:1::/64');
    expect(clientAddress('fe80::1%eth0', true)).toBe('fe80:0:0:0::/64');
    expect(clientAddress('::1', true)).toBe('0:0:0:0::/64');
  });
});
