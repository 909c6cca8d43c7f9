import { describe, expect, it } from 'vitest';
import { clientAddress, UNKNOWN_CLIENT } from './client-address';

describe('clientAddress', () => {
  it('is the peer address of the connection', () => {
    expect(clientAddress('127.0.0.5')).toBe('127.0.0.5');
    expect(clientAddress('10.1.2.3')).toBe('10.1.2.3');
  });

  it('is one shared key when the peer is unknown', () => {
    expect(clientAddress(null)).toBe(UNKNOWN_CLIENT);
  });

  it('counts an IPv6 address for its /64, however it is written', () => {
    const key = '2001:db8:0:1::/64';
    expect(clientAddress('2001:db8:0:1::1')).toBe(key);
    expect(clientAddress('2001:0db8:0000:0001:ffff:1:2:3')).toBe(key);
    expect(clientAddress('2001:db8::1:0:0:0:9')).toBe('2001:db8:0:1::/64');
    expect(clientAddress('::1')).toBe('0:0:0:0::/64');
  });
});
