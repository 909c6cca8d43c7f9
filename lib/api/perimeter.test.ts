import { describe, expect, it } from 'vitest';
import { allowedHostnames, isAllowedHost } from './allowed-hosts';
import { isSameOrigin } from './same-origin';
import { newNonce, securityHeaders } from './security-headers';
import { bearerToken, tokenMatches } from './token-auth';

describe('Host allow-list (DNS rebinding)', () => {
  const allowed = allowedHostnames('netatlas.lan, Dash.Example:8443');
  it('accepts loopback names and addresses, with or without a port', () => {
    for (const h of ['localhost:3000', '127.0.0.1:3000', '127.8.9.10', '[::1]:3000', 'LOCALHOST']) expect(isAllowedHost(h, allowed)).toBe(true);
  });
  it('accepts the configured extra names, case-insensitively', () => {
    expect(isAllowedHost('netatlas.lan:3000', allowed)).toBe(true);
    expect(isAllowedHost('dash.example', allowed)).toBe(true);
  });
  it('refuses any other name, a missing Host, and look-alikes', () => {
    for (const h of ['evil.example', 'localhost.evil.example', '127.0.0.1.nip.io', '10.0.0.5:3000', '']) expect(isAllowedHost(h, allowed)).toBe(false);
    expect(isAllowedHost(null, allowed)).toBe(false);
  });
});

describe('token', () => {
  it('matches only the exact token', () => {
    expect(tokenMatches('s3cret', 's3cret')).toBe(true);
    expect(tokenMatches('s3cre', 's3cret')).toBe(false);
    expect(tokenMatches('', 's3cret')).toBe(false);
    expect(tokenMatches(null, 's3cret')).toBe(false);
  });
  it('reads a Bearer header, and nothing else (the cookie holds a session id)', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken(null)).toBeNull();
    expect(bearerToken('Basic abc')).toBeNull();
  });
});

describe('same origin (CSRF)', () => {
  it('accepts the page’s own origin only', () => {
    expect(isSameOrigin('http://127.0.0.1:3000', '127.0.0.1:3000')).toBe(true);
    expect(isSameOrigin('http://127.0.0.1:3001', '127.0.0.1:3000')).toBe(false);
    expect(isSameOrigin('https://evil.example', '127.0.0.1:3000')).toBe(false);
    expect(isSameOrigin(null, '127.0.0.1:3000')).toBe(false);
    expect(isSameOrigin('null', '127.0.0.1:3000')).toBe(false);
  });
});

describe('security headers', () => {
  it('forbid framing, sniffing and referrers', () => {
    const h = securityHeaders(false);
    expect(h['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(h['Content-Security-Policy']).not.toContain('unsafe-eval');
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('no-referrer');
  });
  it('let scripts run only with this response’s nonce, never inline ones', () => {
    const nonce = newNonce();
    const csp = securityHeaders(false, nonce)['Content-Security-Policy'];
    const scripts = /script-src ([^;]*)/.exec(csp)![1];
    expect(scripts).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(newNonce()).not.toBe(nonce);
    expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
    expect(securityHeaders(true, nonce)['Content-Security-Policy']).toContain("'unsafe-eval'");
  });
  it('let no script run at all without a nonce (refusals, API answers)', () => {
    expect(securityHeaders(false)['Content-Security-Policy']).toContain("script-src 'none'");
  });
});
