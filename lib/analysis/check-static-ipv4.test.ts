import { describe, expect, it } from 'vitest';
import { checkStaticIpv4, suggestStaticIpv4 } from './check-static-ipv4';

const subnet = { family: 4 as const, subnet: '10.5.0.0/24', gateway: '10.5.0.1', ipRange: null };
const used = [{ ipv4: '10.5.0.2', by: 'api' }];

describe('checkStaticIpv4', () => {
  it('accepts a free host address inside the subnet', () => {
    expect(checkStaticIpv4('10.5.0.9', [subnet], used)).toEqual({ ok: true });
  });

  it('refuses an address in use (409) naming the user, with the next free address', () => {
    const v = checkStaticIpv4('10.5.0.2', [subnet], used);
    expect(v).toMatchObject({ ok: false, code: 'conflict', suggestion: '10.5.0.3' });
    if (!v.ok) expect(v.message).toBe('10.5.0.2 is already used by api. A free address is 10.5.0.3.');
    expect(checkStaticIpv4('10.5.0.1', [subnet], used)).toMatchObject({ code: 'conflict', message: expect.stringContaining('the gateway') });
    // No gateway listed (what 20.10 reports when none was asked for): the first host address is it.
    const implicit = { ...subnet, gateway: null };
    expect(checkStaticIpv4('10.5.0.1', [implicit], used)).toMatchObject({ code: 'conflict', message: expect.stringContaining('the gateway') });
    expect(checkStaticIpv4('10.6.0.1', [implicit], used)).toMatchObject({ suggestion: '10.5.0.3' });
  });

  it('refuses an address outside every subnet (400) and names them', () => {
    const v = checkStaticIpv4('10.6.0.9', [subnet], used);
    expect(v).toMatchObject({ ok: false, code: 'bad_request', suggestion: '10.5.0.3' });
    if (!v.ok) expect(v.message).toContain('outside the network\'s subnet (10.5.0.0/24)');
  });

  it('refuses the network and broadcast addresses', () => {
    expect(checkStaticIpv4('10.5.0.0', [subnet], used)).toMatchObject({ code: 'bad_request', message: expect.stringContaining('network address') });
    expect(checkStaticIpv4('10.5.0.255', [subnet], used)).toMatchObject({ code: 'bad_request', message: expect.stringContaining('broadcast address') });
  });

  it('suggests outside the IP range first, and accepts addresses inside it', () => {
    const ranged = { family: 4 as const, subnet: '10.5.0.0/24', gateway: '10.5.0.1', ipRange: '10.5.0.0/25' };
    expect(checkStaticIpv4('10.5.0.2', [ranged], used)).toMatchObject({ suggestion: '10.5.0.128' });
    expect(checkStaticIpv4('10.5.0.50', [ranged], used)).toEqual({ ok: true });
  });

  it('says when nothing is free, and leaves networks without IPv4 subnets to the engine', () => {
    const tiny = { family: 4 as const, subnet: '10.5.0.0/30', gateway: '10.5.0.1', ipRange: null };
    expect(checkStaticIpv4('10.5.0.2', [tiny], used)).toMatchObject({ suggestion: null, message: expect.stringContaining('no free address') });
    expect(checkStaticIpv4('10.5.0.2', [], used)).toEqual({ ok: true });
    expect(checkStaticIpv4('10.5.0.2', [{ family: 4 as const, subnet: 'fd00::/64', gateway: null, ipRange: null }], [])).toEqual({ ok: true });
  });
});

describe('suggestStaticIpv4', () => {
  it('offers the first free host address, skipping gateway and used ones', () => {
    expect(suggestStaticIpv4([subnet], used)).toBe('10.5.0.3');
  });
  it('prefers an address outside the IP range the engine hands out', () => {
    expect(suggestStaticIpv4([{ ...subnet, ipRange: '10.5.0.0/25' }], used)).toBe('10.5.0.128');
  });
  it('has nothing to offer without an IPv4 subnet or a free address', () => {
    expect(suggestStaticIpv4([{ family: 4 as const, subnet: 'fd00::/64', gateway: null, ipRange: null }], [])).toBeNull();
    expect(suggestStaticIpv4([{ family: 4 as const, subnet: '10.9.0.0/30', gateway: '10.9.0.1', ipRange: null }], [{ ipv4: '10.9.0.2', by: 'x' }])).toBeNull();
  });
});
