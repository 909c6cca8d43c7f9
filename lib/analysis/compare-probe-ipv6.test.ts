import { describe, expect, it } from 'vitest';
import { compareProbe, triedAddress } from './compare-probe';
import type { ProbeTarget } from './probe-types';
import type { Reachability } from './reachability-types';

const party = (name: string) => ({ id: name.padEnd(64, '0'), name });
const predict = (over: Partial<Reachability>): Reachability => ({
  from: party('app'), to: party('db'), reachable: true, names: [], ips: [], routes: [],
  reasons: [{ code: 'shared_network', message: 'both on v6only' }], ...over,
});
const name = (target: string, resolved: string[], connect: ProbeTarget['connect']): ProbeTarget =>
  ({ target, kind: 'name', resolved, connect, rttMs: connect === 'ok' ? 0.4 : null });
const ip = (target: string, connect: ProbeTarget['connect']): ProbeTarget =>
  ({ target, kind: 'ip', resolved: [target], connect, rttMs: connect === 'ok' ? 0.4 : null });
const TCP = { protocol: 'tcp' as const, port: 5432 };
const DB = ['fd00:db8:2::3'];

describe('triedAddress with IPv6 answers (the probe script’s rule)', () => {
  it('a name’s first IPv4 answer; without one, its first IPv6 answer; never a zoned one', () => {
    expect(triedAddress(name('db', ['fd00:db8:2::3', 'fd00:db8:2::4'], 'ok'))).toBe('fd00:db8:2::3');
    expect(triedAddress(name('db', ['fd00:db8:3::3', '10.0.0.3'], 'ok'))).toBe('10.0.0.3');
    expect(triedAddress(name('db', ['fe80::1%eth0'], 'unresolved'))).toBeNull();
    expect(triedAddress(ip('fd00:db8:2::3', 'ok'))).toBe('fd00:db8:2::3');
  });
});

describe('compareProbe on an IPv6-only network', () => {
  it('agrees: reachable by name and at the IPv6 address, as predicted', () => {
    const p = predict({ names: ['db'], ips: DB });
    expect(compareProbe(p, [name('db', DB, 'ok'), ip('fd00:db8:2::3', 'ok')], DB, TCP)).toEqual({ reachable: true, disagreements: [] });
  });

  it('compares IPv6 addresses by value, not by spelling', () => {
    const p = predict({ names: ['db'], ips: ['fd00:db8:2:0:0:0:0:3'] });
    const v = compareProbe(p, [name('db', ['fd00:db8:2::3'], 'ok'), ip('fd00:db8:2::3', 'ok')], ['FD00:DB8:2::3'], TCP);
    expect(v).toEqual({ reachable: true, disagreements: [] });
  });

  it('says where an IPv6 connect failed, with the address in brackets before the port', () => {
    const p = predict({ names: ['db'], ips: DB });
    const v = compareProbe(p, [name('db', DB, 'timeout'), ip('fd00:db8:2::3', 'unreachable')], DB, TCP);
    expect(v.disagreements).toEqual([
      'The prediction says app reaches db by the name "db", but the TCP connect to [fd00:db8:2::3]:5432 timed out.',
      'The prediction says app reaches db at fd00:db8:2::3, but the TCP connect to [fd00:db8:2::3]:5432 found no route.',
    ]);
    expect(compareProbe(p, [ip('fd00:db8:2::3', 'timeout')], DB, { protocol: 'icmp', port: null }).disagreements)
      .toEqual(['The prediction says app reaches db at fd00:db8:2::3, but the ping to fd00:db8:2::3 timed out.']);
  });

  it('a name that resolves to another container’s IPv6 address does not reach B', () => {
    const v = compareProbe(predict({ names: ['db'], ips: DB }), [name('db', ['fd00:db8:2::9'], 'ok')], DB, TCP);
    expect(v).toEqual({ reachable: false, disagreements: ['The prediction says app reaches db by the name "db", but inside app it resolves to fd00:db8:2::9, which is not db\'s address.'] });
  });
});
