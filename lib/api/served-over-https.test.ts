import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { servedOverHttps, trustedProxies } from './served-over-https';

const KEY = Symbol.for('netatlas.peerStamp');
const secret = 'test-secret-abcdefghij';
const store = globalThis as Record<symbol, unknown>;
beforeEach(() => { store[KEY] = { header: 'x-netatlas-peer', secret }; });
afterEach(() => { delete store[KEY]; });

const request = (url: string, peer: string, headers: Record<string, string> = {}) =>
  new Request(url, { headers: { 'x-netatlas-peer': `${secret} ${peer}`, ...headers } });

describe('servedOverHttps', () => {
  const trusted = trustedProxies('10.0.0.5, 192.0.2.0/24, fd00::/8, nonsense, 10.0.0.9/99');
  it('does not take the URL’s scheme for it (Next builds it from X-Forwarded-Proto, whoever sent it)', () => {
    expect(servedOverHttps(request('https://dash.example/api/login', '203.0.113.1', { 'x-forwarded-proto': 'https' }), trusted)).toBe(false);
  });
  it('believes X-Forwarded-Proto only from a trusted proxy, by its peer address', () => {
    const https = { 'x-forwarded-proto': 'https' };
    expect(servedOverHttps(request('http://dash.example/', '10.0.0.5', https), trusted)).toBe(true);
    expect(servedOverHttps(request('http://dash.example/', '192.0.2.77', https), trusted)).toBe(true);
    expect(servedOverHttps(request('http://dash.example/', 'fd00::3', https), trusted)).toBe(true);
    expect(servedOverHttps(request('http://dash.example/', '10.0.0.6', https), trusted)).toBe(false);
    expect(servedOverHttps(request('http://dash.example/', '10.0.0.9', https), trusted)).toBe(false);
    expect(servedOverHttps(request('http://dash.example/', '10.0.0.5', { 'x-forwarded-proto': 'http' }), trusted)).toBe(false);
    expect(servedOverHttps(request('http://dash.example/', '10.0.0.5'), trusted)).toBe(false);
  });
  it('trusts nobody by default', () => {
    expect(servedOverHttps(request('http://dash.example/', '10.0.0.5', { 'x-forwarded-proto': 'https' }), trustedProxies(undefined))).toBe(false);
  });
});
