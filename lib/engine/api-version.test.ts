import { describe, expect, it } from 'vitest';
import { MAX_TESTED_API_VERSION, MIN_API_VERSION, isVersionRefusal, negotiateApiVersion } from './api-version';
import { apiAtLeast, compareApiVersions } from '../topology/api-versions';

describe('compareApiVersions', () => {
  it('compares numerically, not as text', () => {
    expect(compareApiVersions('1.9', '1.41')).toBeLessThan(0);
    expect(compareApiVersions('1.41', '1.41')).toBe(0);
    expect(compareApiVersions('1.45', '1.41')).toBeGreaterThan(0);
    expect(compareApiVersions('2.0', '1.99')).toBeGreaterThan(0);
    expect(compareApiVersions('1.41', '1.41.0')).toBe(0);
    expect(apiAtLeast('1.48', '1.48')).toBe(true);
    expect(apiAtLeast('1.47', '1.48')).toBe(false);
  });
});

describe('negotiateApiVersion', () => {
  const ok = (version: string) => ({ ok: true, version });

  it('speaks the engine version when it is within the tested range', () => {
    // Engine 20.10 as captured: ApiVersion 1.41, MinAPIVersion 1.12.
    expect(negotiateApiVersion({ apiVersion: '1.41', minApiVersion: '1.12' })).toEqual(ok('1.41'));
    expect(negotiateApiVersion({ apiVersion: '1.30' })).toEqual(ok('1.30'));
    expect(negotiateApiVersion({ apiVersion: MIN_API_VERSION })).toEqual(ok(MIN_API_VERSION));
  });

  it('speaks Engine 28.5 at its own version, above Engine 29 floor of 1.44', () => {
    expect(negotiateApiVersion({ apiVersion: '1.51', minApiVersion: '1.44' })).toEqual(ok('1.51'));
  });

  it('caps a newer engine at the highest tested version (Engine 29: 1.52)', () => {
    expect(negotiateApiVersion({ apiVersion: '1.52', minApiVersion: '1.44' })).toEqual(ok(MAX_TESTED_API_VERSION));
    expect(negotiateApiVersion({ apiVersion: '1.60', minApiVersion: '1.44' })).toEqual(ok(MAX_TESTED_API_VERSION));
  });

  it('refuses an engine whose minimum is above the highest tested version, saying both', () => {
    const r = negotiateApiVersion({ apiVersion: '1.60', minApiVersion: '1.55' });
    expect(r).toMatchObject({ ok: false, reason: 'engine_too_new' });
    expect(r.ok ? '' : r.message).toContain('1.55');
    expect(r.ok ? '' : r.message).toContain(MAX_TESTED_API_VERSION);
  });

  it('refuses an engine older than the minimum, or a version it cannot read', () => {
    expect(negotiateApiVersion({ apiVersion: '1.24' })).toMatchObject({ ok: false, reason: 'engine_too_old' });
    expect(negotiateApiVersion({ apiVersion: '1.4' })).toMatchObject({ ok: false, reason: 'engine_too_old' });
    for (const v of ['', 'v1.41', '1.41.0']) expect(negotiateApiVersion({ apiVersion: v })).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});

describe('isVersionRefusal', () => {
  it("recognises the engine's words for a version it no longer accepts, and nothing else", () => {
    // Engine 28.5 with DOCKER_MIN_API_VERSION=1.44, as it answers a 1.41 request (captured).
    expect(isVersionRefusal(400, 'client version 1.41 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version')).toBe(true);
    expect(isVersionRefusal(400, 'client version 1.51 is too new. Maximum supported API version is 1.41')).toBe(true);
    expect(isVersionRefusal(400, 'invalid reference format')).toBe(false);
    expect(isVersionRefusal(404, 'client version 1.41 is too old')).toBe(false);
  });
});
