import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, peerAddress } from './peer-address';

const stamp = { header: 'x-netatlas-peer', secret: 'k7Gq2c9yT0aX' };
const stamped = (value: string, extra: Record<string, string> = {}) => new Headers({ [stamp.header]: value, ...extra });

describe('peerAddress', () => {
  it('reads the address behind the secret', () => {
    expect(peerAddress(stamped(`${stamp.secret} 127.0.0.1`), stamp)).toBe('127.0.0.1');
    expect(peerAddress(stamped(`${stamp.secret} 2001:db8::7`), stamp)).toBe('2001:db8::7');
  });
  it('reads an IPv4-mapped address as IPv4 and drops a zone', () => {
    expect(peerAddress(stamped(`${stamp.secret} ::ffff:192.0.2.7`), stamp)).toBe('192.0.2.7');
    expect(peerAddress(stamped(`${stamp.secret} fe80::1%eth0`), stamp)).toBe('fe80::1');
  });
  it('is null for a stamp a client wrote (wrong or no secret), X-Forwarded-For, or no stamp at all', () => {
    expect(peerAddress(stamped('guess 127.0.0.1'), stamp)).toBeNull();
    expect(peerAddress(stamped('127.0.0.1'), stamp)).toBeNull();
    expect(peerAddress(new Headers({ 'x-forwarded-for': '127.0.0.1' }), stamp)).toBeNull();
    expect(peerAddress(stamped(`${stamp.secret} not-an-ip`), stamp)).toBeNull();
  });
  it('is null when no stamp is installed, whatever the headers say', () => {
    expect(peerAddress(stamped(`${stamp.secret} 127.0.0.1`), null)).toBeNull();
  });
});

describe('isLoopbackAddress', () => {
  it('is 127.0.0.0/8 and ::1 however written', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(a)).toBe(true);
  });
  it('is nothing else', () => {
    for (const a of ['10.0.0.1', '::ffff:10.0.0.1', '::2', '0.0.0.0', '::', 'localhost', '', '128.0.0.1']) expect(isLoopbackAddress(a)).toBe(false);
  });
});
