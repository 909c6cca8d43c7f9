import { describe, expect, it } from 'vitest';
import { fixtureKey, readFixture } from './__fixtures__/read-fixture';
import { findKnownHostKeys, knownHostsName, wireKeyType } from './known-hosts';

const plain = readFixture('known_hosts');
const hashed = readFixture('known_hosts.hashed');
const types = (content: string, host: string, port = 22) => findKnownHostKeys(content, host, port).map((k) => k.keyType);

describe('knownHostsName', () => {
  it('is the bare host on port 22 and [host]:port elsewhere, lower-cased', () => {
    expect(knownHostsName('Alpha.Example', 22)).toBe('alpha.example');
    expect(knownHostsName('beta.example', 2222)).toBe('[beta.example]:2222');
  });
});

describe('findKnownHostKeys', () => {
  it('finds plain names, any of a comma list, case-insensitively', () => {
    const [key] = findKnownHostKeys(plain, 'ALPHA.example', 22);
    expect(key).toMatchObject({ keyType: 'ssh-ed25519', line: 2, revoked: false });
    expect(key.key.equals(fixtureKey('host-ed25519.pub'))).toBe(true);
    expect(types(plain, '10.9.8.7')).toEqual(['ssh-ed25519']);
  });

  it('looks up [host]:port on other ports, and only there', () => {
    expect(types(plain, 'beta.example', 2222)).toEqual(['ssh-rsa']);
    expect(types(plain, 'beta.example', 22)).toEqual([]);
    expect(types(plain, 'alpha.example', 2222)).toEqual([]);
  });

  it('honours wildcards and negated patterns', () => {
    expect(types(plain, 'web.gamma.example')).toEqual(['ecdsa-sha2-nistp256']);
    expect(types(plain, 'secret.gamma.example')).toEqual([]);
  });

  it('keeps several keys per host, and @revoked lines', () => {
    expect(findKnownHostKeys(plain, 'delta.example', 22).map((k) => [k.keyType, k.revoked])).toEqual([
      ['ssh-rsa', false], ['ecdsa-sha2-nistp256', false], ['ssh-ed25519', true],
    ]);
  });

  it('skips comments, @cert-authority lines and lines whose key does not carry the written type', () => {
    expect(types(plain, 'broken.example')).toEqual([]);
    expect(types(plain, 'ca.example')).toEqual([]);
  });

  it('matches hashed |1|salt|hash names as ssh-keygen -H writes them', () => {
    expect(hashed).not.toMatch(/^alpha\.example /m);
    expect(types(hashed, 'alpha.example')).toEqual(['ssh-ed25519']);
    expect(types(hashed, 'beta.example', 2222)).toEqual(['ssh-rsa']);
    expect(types(hashed, 'beta.example')).toEqual([]);
    expect(types(hashed, 'other.example')).toEqual([]);
  });
});

describe('wireKeyType', () => {
  it('reads the type inside a wire-format key', () => {
    expect(wireKeyType(fixtureKey('host-rsa.pub'))).toBe('ssh-rsa');
    expect(wireKeyType(Buffer.from([0, 0, 0, 9, 1]))).toBeNull();
  });
});
