import { describe, expect, it } from 'vitest';
import { allowedHostnames, isAllowedHost, parseHost } from './allowed-hosts';

describe('the Host header, parsed strictly', () => {
  const allowed = allowedHostnames('netatlas.lan, Dash.Example:8443, bad host, [fd00::1]');

  it('takes a host name, a dotted IPv4 or a bracketed IPv6, and an optional numeric port', () => {
    expect(parseHost('LocalHost:3000')).toEqual({ hostname: 'localhost', port: 3000 });
    expect(parseHost('[::1]:3000')).toEqual({ hostname: '[::1]', port: 3000 });
    expect(parseHost('[0:0:0:0:0:0:0:1]')).toEqual({ hostname: '[::1]', port: null });
    expect(parseHost('127.0.0.1')).toEqual({ hostname: '127.0.0.1', port: null });
  });

  it('refuses userinfo, text after a bracket, non-numeric or out-of-range ports, zones, spaces and bare IPv6', () => {
    for (const h of [
      '[::1]evil.example', 'localhost:3000@evil.example', 'user@localhost', 'localhost:x', 'localhost:', 'localhost:0',
      'localhost:70000', '[::1%eth0]', 'local host', '::1', '[::1', 'localhost/path', 'localhost:3000:3000', '-bad.example', '',
    ]) expect(parseHost(h), h).toBeNull();
  });

  it('the allow-list: loopback and the configured names only; malformed Host values are 403 material', () => {
    for (const h of ['localhost:3000', '127.0.0.1:3000', '127.8.9.10', '[::1]:3000', 'netatlas.lan', 'dash.example:1', '[fd00::1]:80']) {
      expect(isAllowedHost(h, allowed), h).toBe(true);
    }
    for (const h of ['[::1]evil.example', 'localhost:3000@evil.example', 'localhost:x', 'evil.example', '127.0.0.1.nip.io', 'bad host']) {
      expect(isAllowedHost(h, allowed), h).toBe(false);
    }
  });
});
