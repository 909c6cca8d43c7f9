import { describe, expect, it } from 'vitest';
import type { Subnet } from '../topology/types';
import { checkStaticIpv6, suggestStaticIpv6 } from './check-static-ipv6';

const v4: Subnet = { family: 4, subnet: '10.5.0.0/24', gateway: '10.5.0.1', ipRange: null };
const v6: Subnet = { family: 6, subnet: 'fd00:db8:5::/64', gateway: 'fd00:db8:5::1', ipRange: null };
const dual = { ipv6: true, subnets: [v4, v6] };
const used = [{ ipv6: 'fd00:db8:5::2', by: 'api' }];

describe('checkStaticIpv6', () => {
  it('accepts a free address inside the IPv6 subnet, the last one included (IPv6 has no broadcast)', () => {
    expect(checkStaticIpv6('fd00:db8:5::9', dual, used)).toEqual({ ok: true });
    expect(checkStaticIpv6('fd00:db8:5:0:ffff:ffff:ffff:ffff', dual, used)).toEqual({ ok: true });
  });

  it('refuses a network without IPv6 (400), whatever its subnets say', () => {
    expect(checkStaticIpv6('fd00:db8:5::9', { ipv6: false, subnets: [v4] }, [])).toMatchObject({ ok: false, code: 'bad_request', message: expect.stringContaining('no IPv6'), suggestion: null });
  });

  it('refuses an address in use (409) naming the user, with the next free address', () => {
    const v = checkStaticIpv6('fd00:db8:5::2', dual, used);
    expect(v).toEqual({ ok: false, code: 'conflict', message: 'fd00:db8:5::2 is already used by api. A free address is fd00:db8:5::3.', suggestion: 'fd00:db8:5::3' });
  });

  it('compares addresses by value, not by spelling (and ignores an engine prefix)', () => {
    expect(checkStaticIpv6('fd00:db8:5::2', dual, [{ ipv6: 'FD00:0DB8:0005:0:0:0:0:2/64', by: 'api' }])).toMatchObject({ code: 'conflict' });
  });

  it('refuses the gateway, listed or implicit (the subnet’s first address after ::0)', () => {
    expect(checkStaticIpv6('fd00:db8:5::1', dual, used)).toMatchObject({ code: 'conflict', message: expect.stringContaining('the gateway') });
    const implicit = { ipv6: true, subnets: [{ ...v6, gateway: null }] };
    expect(checkStaticIpv6('fd00:db8:5::1', implicit, [])).toMatchObject({ code: 'conflict', message: expect.stringContaining('the gateway') });
    const custom = { ipv6: true, subnets: [{ ...v6, gateway: 'fd00:db8:5::fe' }] };
    expect(checkStaticIpv6('fd00:db8:5::fe', custom, [])).toMatchObject({ code: 'conflict' });
    expect(checkStaticIpv6('fd00:db8:5::1', custom, [])).toEqual({ ok: true });
  });

  it('refuses the subnet-router anycast address (400)', () => {
    expect(checkStaticIpv6('fd00:db8:5::', dual, used)).toMatchObject({ ok: false, code: 'bad_request', message: expect.stringContaining('subnet-router anycast address of fd00:db8:5::/64'), suggestion: 'fd00:db8:5::3' });
  });

  it('refuses an address outside every IPv6 subnet (400), naming them, and offers the next after the gateway', () => {
    const v = checkStaticIpv6('fd00:db8:6::9', dual, used);
    expect(v).toEqual({
      ok: false, code: 'bad_request', suggestion: 'fd00:db8:5::3',
      message: "fd00:db8:6::9 is outside the network's IPv6 subnet (fd00:db8:5::/64). A free address is fd00:db8:5::3.",
    });
  });

  it('prefers addresses outside the IP range, which the engine never hands out itself', () => {
    const ranged = { ipv6: true, subnets: [{ ...v6, ipRange: 'fd00:db8:5::/120' }] };
    expect(checkStaticIpv6('fd00:db8:5::2', ranged, used)).toMatchObject({ suggestion: 'fd00:db8:5::100' });
    expect(checkStaticIpv6('fd00:db8:5::50', ranged, used)).toEqual({ ok: true });
  });

  it('says so when nothing is free, and leaves a network with no IPv6 subnet listed to the engine', () => {
    const tiny = { ipv6: true, subnets: [{ family: 6 as const, subnet: 'fd00::/126', gateway: 'fd00::1', ipRange: null }] };
    const full = [{ ipv6: 'fd00::2', by: 'a' }, { ipv6: 'fd00::3', by: 'b' }];
    expect(checkStaticIpv6('fd00::2', tiny, full)).toMatchObject({ suggestion: null, message: expect.stringContaining('no free IPv6 address') });
    expect(checkStaticIpv6('fd00::9', { ipv6: true, subnets: [v4] }, [])).toEqual({ ok: true });
  });
});

describe('suggestStaticIpv6', () => {
  it('offers the next free address after the gateway', () => {
    expect(suggestStaticIpv6([v4, v6], used)).toBe('fd00:db8:5::3');
    expect(suggestStaticIpv6([{ ...v6, gateway: 'fd00:db8:5::fe' }], [])).toBe('fd00:db8:5::ff');
  });

  it('wraps past the end of a small subnet, never offering ::0', () => {
    expect(suggestStaticIpv6([{ family: 6, subnet: 'fd00::/126', gateway: 'fd00::3', ipRange: null }], [])).toBe('fd00::1');
  });

  it('finds nothing on an IPv4-only list or a full subnet', () => {
    expect(suggestStaticIpv6([v4], [])).toBeNull();
    expect(suggestStaticIpv6([{ family: 6, subnet: 'fd00::/127', gateway: 'fd00::1', ipRange: null }], [])).toBeNull();
  });

  it('stays quick on a /48', () => {
    const wide: Subnet = { family: 6, subnet: 'fd00:1::/48', gateway: null, ipRange: null };
    const crowd = Array.from({ length: 500 }, (_, i) => ({ ipv6: `fd00:1::${(i + 2).toString(16)}`, by: `c${i}` }));
    expect(suggestStaticIpv6([wide], crowd)).toBe(`fd00:1::${(502).toString(16)}`);
  });
});
