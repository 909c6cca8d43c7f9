import { describe, expect, it } from 'vitest';
import { MAX_TESTED_API_VERSION, MIN_API_VERSION, compareApiVersions, negotiateApiVersion } from './api-version';

describe('compareApiVersions', () => {
  it('compares numerically, not as text', () => {
    expect(compareApiVersions('1.9', '1.41')).toBeLessThan(0);
    expect(compareApiVersions('1.41', '1.41')).toBe(0);
    expect(compareApiVersions('1.45', '1.41')).toBeGreaterThan(0);
    expect(compareApiVersions('2.0', '1.99')).toBeGreaterThan(0);
    expect(compareApiVersions('1.41', '1.41.0')).toBe(0);
  });
});

describe('negotiateApiVersion', () => {
  it('speaks the engine version when it is within the tested range', () => {
    expect(negotiateApiVersion('1.41')).toBe('1.41');
    expect(negotiateApiVersion('1.30')).toBe('1.30');
    expect(negotiateApiVersion(MIN_API_VERSION)).toBe(MIN_API_VERSION);
  });

  it('caps a newer engine at the highest tested version', () => {
    expect(negotiateApiVersion('1.45')).toBe(MAX_TESTED_API_VERSION);
    expect(negotiateApiVersion('1.51')).toBe(MAX_TESTED_API_VERSION);
  });

  it('refuses an engine older than the minimum, or a version it cannot read', () => {
    expect(negotiateApiVersion('1.24')).toBeNull();
    expect(negotiateApiVersion('1.4')).toBeNull();
    expect(negotiateApiVersion('')).toBeNull();
    expect(negotiateApiVersion('v1.41')).toBeNull();
    expect(negotiateApiVersion('1.41.0')).toBeNull();
  });
});
