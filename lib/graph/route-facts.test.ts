import { describe, expect, it } from 'vitest';
import { ctr, ep, net } from './__fixtures__/synthetic-topology';
import { addressText, defaultRouteSentence, familiesText, routeMark } from './route-facts';

const c = ctr(1, 'api');
const [front, back] = [net(1, 'frontend'), net(2, 'backend')];
const v6net = net(3, 'v6net', { ipv4: false, ipv6: true });
const nets = new Map([front, back, v6net].map((n) => [n.id, n]));

describe('defaultRouteSentence', () => {
  it('names the network carrying the route, per family when they differ', () => {
    expect(defaultRouteSentence([ep(front, c, 2), ep(back, c, 2, { defaultRoute: true })], nets)).toBe('default route via backend');
    const six = ep(v6net, c, 2, { ipv4: null, ipv6: 'fd00::2', defaultRoute6: true });
    expect(defaultRouteSentence([ep(back, c, 2, { defaultRoute: true }), six], nets)).toBe('IPv4 default route via backend, IPv6 via v6net');
    expect(defaultRouteSentence([six], nets)).toBe('default route via v6net (IPv6 only; no IPv4 default route)');
    expect(defaultRouteSentence([ep(back, c, 2, { defaultRoute: true, defaultRoute6: true })], nets)).toBe('default route via backend');
  });
  it('says why there is none, and nothing without an address', () => {
    const internal = net(4, 'vault', { internal: true });
    expect(defaultRouteSentence([ep(internal, c, 2)], new Map([[internal.id, internal]]))).toMatch(/^no default route \(only internal networks\)/);
    expect(defaultRouteSentence([ep(back, c, 2, { ipv4: null })], nets)).toBeNull();
  });
});

describe('routeMark', () => {
  it('marks the route only where the container has a choice of networks', () => {
    const a = ep(front, c, 2, { defaultRoute: true });
    expect(routeMark(a, [a])).toBeNull();
    expect(routeMark(a, [a, ep(back, c, 2)])).toBe('IPv4');
    expect(routeMark(ep(back, c, 2), [a, ep(back, c, 2)])).toBeNull();
  });
});

describe('addressText / familiesText', () => {
  it('shows prefix and a fixed address', () => {
    expect(addressText('10.5.0.9', 24, '10.5.0.9')).toBe('10.5.0.9/24 (fixed)');
    expect(addressText('fd00::2', 64, null)).toBe('fd00::2/64');
    expect(addressText(null, null, null)).toBe('');
    expect(familiesText(v6net)).toBe('IPv6 only');
    expect(familiesText(net(5, 'x', { ipv6: true }))).toBe('IPv4 and IPv6 (dual-stack)');
  });
});
