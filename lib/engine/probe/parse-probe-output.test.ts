import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNslookup, parseProbeOutput } from './parse-probe-output';
import type { ProbePlan } from './probe-script';
import { toProbeTargets } from './to-probe-targets';

// Captured from the real helper (Engine 20.10.24, Debian's busybox 1.35): px-b probes px-srv, which
// serves TCP 5432 (busybox httpd), on their network pxnet (10.200.12.0/24); px-a (10.200.12.3) listens
// on nothing; 10.200.12.77 is nobody; 10.200.6.2 is a container on another network; `nosuch` is no name.
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../__fixtures__/probe', name), 'utf8');
const TARGETS = ['px-srv', 'nosuch', 'px-srv.pxnet', '10.200.12.2', '10.200.12.77', '10.200.6.2', 'px-a'];
const plan = (protocol: 'tcp' | 'icmp'): ProbePlan => ({
  protocol,
  port: protocol === 'tcp' ? 5432 : null,
  targets: TARGETS.map((value) => ({ kind: /^\d/.test(value) ? ('ip' as const) : ('name' as const), value })),
});
const results = (file: string, protocol: 'tcp' | 'icmp') => {
  const output = parseProbeOutput(fixture(file), TARGETS.length);
  return { output, targets: toProbeTargets(plan(protocol), output) };
};

describe('probe output (TCP, captured)', () => {
  const { output, targets } = results('tcp-20.10.txt', 'tcp');

  it('ran to the end with every tool present', () => {
    expect(output.done).toBe(true);
    expect(output.missing).toEqual([]);
    expect(output.targets.every((t) => t.ended)).toBe(true);
  });

  it('sorts interleaved blocks back to their targets', () => {
    expect(targets.map((t) => [t.target, t.kind, t.resolved, t.connect])).toEqual([
      ['px-srv', 'name', ['10.200.12.2'], 'ok'],
      ['nosuch', 'name', [], 'unresolved'],
      ['px-srv.pxnet', 'name', ['10.200.12.2'], 'ok'],
      ['10.200.12.2', 'ip', ['10.200.12.2'], 'ok'],
      ['10.200.12.77', 'ip', ['10.200.12.77'], 'timeout'],
      ['10.200.6.2', 'ip', ['10.200.6.2'], 'timeout'],
      ['px-a', 'name', ['10.200.12.3'], 'refused'],
    ]);
  });

  it('times a connect in ms from the µs clock, and only a successful one', () => {
    for (const t of targets) {
      if (t.connect === 'ok') expect(t.rttMs).toBeGreaterThan(0);
      if (t.connect === 'ok') expect(t.rttMs).toBeLessThan(100);
      else expect(t.rttMs).toBeNull();
    }
    expect(output.targets[4].attempt!.elapsedUs).toBeGreaterThan(1_900_000); // nc -w 2
  });
});

describe('probe output (ICMP, captured)', () => {
  const { targets } = results('icmp-20.10.txt', 'icmp');

  it('takes the round trip from ping itself', () => {
    const byName = Object.fromEntries(targets.map((t) => [t.target, t]));
    expect(byName['10.200.12.2'].connect).toBe('ok');
    expect(byName['10.200.12.2'].rttMs).toBe(Number(/10\.200\.12\.2: seq=0 ttl=64 time=([\d.]+) ms/.exec(fixture('icmp-20.10.txt'))![1]));
    expect(byName['px-a'].connect).toBe('ok'); // a ping needs no listener
    expect(byName['10.200.12.77'].connect).toBe('timeout');
    expect(byName['10.200.6.2'].connect).toBe('timeout');
    expect(byName.nosuch.connect).toBe('unresolved');
  });
});

describe('probe output stopped at the time limit (captured)', () => {
  const { output, targets } = results('tcp-killed-20.10.txt', 'tcp');

  it('keeps what finished and marks the rest as timed out', () => {
    expect(output.done).toBe(false);
    expect(targets.find((t) => t.target === 'px-srv')!.connect).toBe('ok');
    expect(targets.find((t) => t.target === 'px-a')!.connect).toBe('refused');
    expect(targets.find((t) => t.target === '10.200.12.77')).toMatchObject({ connect: 'timeout', rttMs: null });
    expect(targets.find((t) => t.target === '10.200.6.2')).toMatchObject({ connect: 'timeout', rttMs: null });
  });
});

describe('parseProbeOutput edge cases', () => {
  it('reports missing tools, ignores foreign tags and lines that only look like tags', () => {
    const out = parseProbeOutput('@missing nc\n@9 end\n@1 dns @1 end\n@1 dns-exit 1\n', 1);
    expect(out.missing).toEqual(['nc']);
    expect(out.targets[0]).toEqual({ dns: ['@1 end'], dnsExit: 1, attempt: null, ended: false });
  });

  it('keeps an attempt whose clock could not be read, with no time', () => {
    const out = parseProbeOutput('@1 try 10.0.0.2 0 \n@1 end\n', 1);
    expect(out.targets[0].attempt).toEqual({ ip: '10.0.0.2', exit: 0, elapsedUs: null, output: [] });
  });
});

describe('parseNslookup', () => {
  it('reads answers after Name:, not the resolver, in both busybox formats, IPv6 included', () => {
    expect(parseNslookup(['Server:\t\t127.0.0.11', 'Address:\t127.0.0.11:53', '', 'Name:\tdb', 'Address: 10.0.0.2', 'Address: fd00::2'])).toEqual(['10.0.0.2', 'fd00::2']);
    expect(parseNslookup(['Server:    127.0.0.11', 'Address 1: 127.0.0.11', '', 'Name:      db', 'Address 1: 10.0.0.2 db.backend'])).toEqual(['10.0.0.2']);
    expect(parseNslookup(['** server can\'t find nosuch: NXDOMAIN'])).toEqual([]);
  });
});
