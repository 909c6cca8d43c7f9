import { describe, expect, it } from 'vitest';
import { probeBody } from './probe-body';

const fieldsOf = (r: ReturnType<typeof probeBody.safeParse>) => [...new Set(r.error?.issues.map((i) => i.path.join('.') || 'body'))];

describe('probe body', () => {
  it('a port means TCP, no port means ICMP', () => {
    expect(probeBody.parse({ from: 'api', to: 'db', port: 5432 })).toEqual({ from: 'api', to: 'db', protocol: 'tcp', port: 5432 });
    expect(probeBody.parse({ from: 'api', to: 'db' })).toEqual({ from: 'api', to: 'db', protocol: 'icmp', port: null });
    expect(probeBody.parse({ from: '/api', to: 'a'.repeat(64), protocol: 'icmp' })).toMatchObject({ protocol: 'icmp', port: null });
  });

  it('refuses TCP without a port and ICMP with one', () => {
    expect(fieldsOf(probeBody.safeParse({ from: 'api', to: 'db', protocol: 'tcp' }))).toEqual(['port']);
    expect(fieldsOf(probeBody.safeParse({ from: 'api', to: 'db', protocol: 'icmp', port: 80 }))).toEqual(['port']);
  });

  it('refuses bad ports, protocols and unknown fields', () => {
    for (const port of [0, 65536, -1, 1.5, '80', null, 1e9]) expect(fieldsOf(probeBody.safeParse({ from: 'a', to: 'b', port }))).toEqual(['port']);
    expect(fieldsOf(probeBody.safeParse({ from: 'a', to: 'b', protocol: 'udp', port: 53 }))).toContain('protocol');
    expect(probeBody.safeParse({ from: 'a', to: 'b', cmd: 'id' }).error?.issues[0].code).toBe('unrecognized_keys');
  });

  it('refuses refs that are not a full id or an exact container name: no shell, no options', () => {
    for (const to of ['db;id', '$(id)', '`id`', 'db && rm -rf /', 'db|nc', '-e', '--help', 'a b', 'db\n', '', '../x', 'x'.repeat(256), 42]) {
      expect(fieldsOf(probeBody.safeParse({ from: 'api', to, port: 80 })), String(to)).toEqual(['to']);
    }
    expect(fieldsOf(probeBody.safeParse({ to: 'db' }))).toEqual(['from']);
  });
});
