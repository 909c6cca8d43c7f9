import { describe, expect, it } from 'vitest';
import { fixtureKey, readFixture } from './__fixtures__/read-fixture';
import { checkHostKey } from './check-host-key';

const plain = readFixture('known_hosts');
const hashed = readFixture('known_hosts.hashed');
const ed25519 = fixtureKey('host-ed25519.pub');
const rsa = fixtureKey('host-rsa.pub');
const ecdsa = fixtureKey('host-ecdsa.pub');
const other = fixtureKey('other-ed25519.pub');

describe('checkHostKey', () => {
  it('knows a key listed for the host, plain or hashed, naming the line', () => {
    expect(checkHostKey(plain, 'alpha.example', 22, ed25519)).toEqual({ verdict: 'known', line: 2 });
    expect(checkHostKey(plain, 'beta.example', 2222, rsa)).toEqual({ verdict: 'known', line: 3 });
    expect(checkHostKey(hashed, 'alpha.example', 22, ed25519)).toEqual({ verdict: 'known', line: 2 });
    expect(checkHostKey(hashed, 'beta.example', 2222, rsa)).toEqual({ verdict: 'known', line: 3 });
  });

  it('accepts any of several keys a host has', () => {
    expect(checkHostKey(plain, 'delta.example', 22, rsa).verdict).toBe('known');
    expect(checkHostKey(plain, 'delta.example', 22, ecdsa).verdict).toBe('known');
  });

  it('calls a different key for a known host a mismatch, of the same type or another', () => {
    expect(checkHostKey(plain, 'alpha.example', 22, other)).toEqual({ verdict: 'mismatch', line: 2 });
    expect(checkHostKey(plain, 'delta.example', 22, ed25519)).toEqual({ verdict: 'mismatch', line: 5 });
    expect(checkHostKey(hashed, 'beta.example', 2222, ed25519).verdict).toBe('mismatch');
  });

  it('calls a host without lines unknown (the same name on another port is another host)', () => {
    expect(checkHostKey(plain, 'nowhere.example', 22, ed25519)).toEqual({ verdict: 'unknown' });
    expect(checkHostKey(plain, 'alpha.example', 2200, ed25519)).toEqual({ verdict: 'unknown' });
    expect(checkHostKey('', 'alpha.example', 22, ed25519)).toEqual({ verdict: 'unknown' });
  });

  it('refuses a @revoked key, also where the host has no other line', () => {
    expect(checkHostKey(plain, 'revoked.example', 22, fixtureKey('revoked-ed25519.pub'))).toEqual({ verdict: 'revoked', line: 7 });
    expect(checkHostKey(plain, 'delta.example', 22, fixtureKey('revoked-ed25519.pub'))).toEqual({ verdict: 'revoked', line: 7 });
  });
});
