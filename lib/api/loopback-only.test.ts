import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loopbackOnlyRefusal } from './loopback-only';

// The stamp scripts/peer-stamp.cjs installs, as proxy.ts finds it on globalThis.
const KEY = Symbol.for('netatlas.peerStamp');
const secret = 'test-secret-0123456789';
const store = globalThis as Record<symbol, unknown>;
beforeEach(() => { store[KEY] = { header: 'x-netatlas-peer', secret }; });
afterEach(() => { delete store[KEY]; });

const from = (peer: string, extra: Record<string, string> = {}) => new Headers({ 'x-netatlas-peer': `${secret} ${peer}`, ...extra });

describe('loopbackOnlyRefusal (no token)', () => {
  it('lets a loopback peer through', () => {
    expect(loopbackOnlyRefusal(from('127.0.0.1'))).toBeNull();
    expect(loopbackOnlyRefusal(from('::1'))).toBeNull();
    expect(loopbackOnlyRefusal(from('::ffff:127.0.0.1', { 'x-forwarded-for': '127.0.0.1' }))).toBeNull();
  });
  it('refuses any other peer, whatever Host or X-Forwarded-For say, and says to set a token', () => {
    const err = loopbackOnlyRefusal(from('198.51.100.2', { host: 'localhost', 'x-forwarded-for': '127.0.0.1' }));
    expect(err?.code).toBe('forbidden');
    expect(err?.message).toContain('198.51.100.2');
    expect(err?.message).toContain('NETATLAS_TOKEN');
  });
  it('refuses a loopback peer that forwards for another client (a reverse proxy on this host)', () => {
    for (const extra of <Array<Record<string, string>>>[
      { 'x-forwarded-for': '203.0.113.9, 127.0.0.1' },
      { 'x-real-ip': '203.0.113.9' },
      { forwarded: 'for=203.0.113.9;proto=https' },
      { forwarded: 'for="[2001:db8::1]:4711"' },
      { forwarded: 'for=unknown' },
    ]) expect(loopbackOnlyRefusal(from('127.0.0.1', extra))?.code, JSON.stringify(extra)).toBe('forbidden');
    expect(loopbackOnlyRefusal(from('127.0.0.1', { forwarded: 'for="[::1]:80", for=127.0.0.1:5' }))).toBeNull();
  });
  it('refuses a request without a genuine stamp (forged, or before the stamp was installed)', () => {
    expect(loopbackOnlyRefusal(new Headers({ 'x-netatlas-peer': 'forged 127.0.0.1' }))?.message).toContain('could not tell');
    delete store[KEY];
    expect(loopbackOnlyRefusal(from('127.0.0.1'))?.code).toBe('forbidden');
  });
});
