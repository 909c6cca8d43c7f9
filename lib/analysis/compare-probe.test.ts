import { describe, expect, it } from 'vitest';
import { compareProbe, triedAddress } from './compare-probe';
import type { ProbeTarget } from './probe-types';
import type { Reachability } from './reachability-types';

const party = (name: string) => ({ id: name.padEnd(64, '0'), name });
const predict = (over: Partial<Reachability>): Reachability => ({
  from: party('api'), to: party('db'), reachable: true, names: [], ips: [], routes: [],
  reasons: [{ code: 'shared_network', message: 'api and db share backend' }], ...over,
});
const name = (target: string, resolved: string[], connect: ProbeTarget['connect']): ProbeTarget =>
  ({ target, kind: 'name', resolved, connect, rttMs: connect === 'ok' ? 0.4 : null });
const ip = (target: string, connect: ProbeTarget['connect']): ProbeTarget =>
  ({ target, kind: 'ip', resolved: [target], connect, rttMs: connect === 'ok' ? 0.4 : null });
const TCP = { protocol: 'tcp' as const, port: 5432 };
const DB = ['10.0.1.3'];

describe('compareProbe', () => {
  it('agrees: reachable by name and IP, as predicted', () => {
    const p = predict({ names: ['db', 'shop-db-1'], ips: DB });
    const v = compareProbe(p, [name('db', DB, 'ok'), name('shop-db-1', DB, 'ok'), ip('10.0.1.3', 'ok')], DB, TCP);
    expect(v).toEqual({ reachable: true, disagreements: [] });
  });

  it('agrees: no shared network, nothing resolves, the address times out', () => {
    const p = predict({ reachable: false, reasons: [{ code: 'no_shared_network', message: '…' }] });
    const v = compareProbe(p, [name('db', [], 'unresolved'), ip('10.0.1.3', 'timeout')], DB, TCP);
    expect(v).toEqual({ reachable: false, disagreements: [] });
  });

  it('agrees: default bridge, by IP only', () => {
    const p = predict({ names: [], ips: ['172.17.0.3'] });
    const v = compareProbe(p, [name('legacy-b', [], 'unresolved'), ip('172.17.0.3', 'ok')], ['172.17.0.3'], { protocol: 'icmp', port: null });
    expect(v).toEqual({ reachable: true, disagreements: [] });
  });

  it('a refused port proves the path: no disagreement, but not reachable', () => {
    const p = predict({ names: ['db'], ips: DB });
    expect(compareProbe(p, [name('db', DB, 'refused'), ip('10.0.1.3', 'refused')], DB, TCP)).toEqual({ reachable: false, disagreements: [] });
  });

  it('says so, in words, when a predicted name does not resolve or a predicted address does not answer', () => {
    const p = predict({ names: ['db'], ips: DB });
    const v = compareProbe(p, [name('db', [], 'unresolved'), ip('10.0.1.3', 'timeout')], DB, TCP);
    expect(v.disagreements).toEqual([
      'The prediction says api reaches db by the name "db", but the name did not resolve inside api.',
      'The prediction says api reaches db at 10.0.1.3, but the TCP connect to 10.0.1.3:5432 timed out.',
    ]);
    expect(compareProbe(p, [ip('10.0.1.3', 'unreachable')], DB, { protocol: 'icmp', port: null }).disagreements)
      .toEqual(['The prediction says api reaches db at 10.0.1.3, but the ping to 10.0.1.3 found no route.']);
  });

  it('says so when the probe gets through where the prediction said it cannot', () => {
    const p = predict({ reachable: false, names: [], ips: [] });
    const v = compareProbe(p, [name('db', DB, 'ok'), ip('10.0.1.3', 'refused')], DB, TCP);
    expect(v.reachable).toBe(true);
    expect(v.disagreements).toEqual([
      'The prediction says api cannot reach db by the name "db", but the probe connected to 10.0.1.3:5432.',
      'The prediction says api cannot reach db at 10.0.1.3, but 10.0.1.3 refused port 5432, so packets do get through.',
    ]);
  });

  it('a name that resolves to someone else’s address does not reach B', () => {
    const p = predict({ names: ['db'], ips: DB });
    const v = compareProbe(p, [name('DB', ['10.0.1.9'], 'ok')], DB, TCP);
    expect(v.reachable).toBe(false);
    expect(v.disagreements).toEqual(['The prediction says api reaches db by the name "DB", but inside api it resolves to 10.0.1.9, which is not db\'s address.']);
    // …and when the prediction did not count on that name, there is nothing to disagree about.
    expect(compareProbe(predict({ names: [] }), [name('db', ['93.184.216.34'], 'ok')], DB, TCP)).toEqual({ reachable: false, disagreements: [] });
  });

  it('a lookup cut off by the time limit is said to be that', () => {
    const v = compareProbe(predict({ names: ['db'] }), [name('db', [], 'timeout')], DB, TCP);
    expect(v.disagreements).toEqual(['The prediction says api reaches db by the name "db", but the lookup did not finish within the probe\'s time limit.']);
  });

  it('triedAddress: an IP itself, a name’s first IPv4 answer', () => {
    expect(triedAddress(ip('10.0.0.1', 'ok'))).toBe('10.0.0.1');
    expect(triedAddress(name('db', ['fd00::3', '10.0.0.3', '10.0.0.4'], 'ok'))).toBe('10.0.0.3');
    expect(triedAddress(name('db', [], 'unresolved'))).toBeNull();
  });
});

describe('compareProbe on a swarm service name', () => {
  it('says a timed-out virtual IP is forwarded by IPVS on the node, and points at tasks.<service>', () => {
    const prediction = { from: { id: 'a', name: 'solo' }, to: { id: 'b', name: 'web.1' }, reachable: true, names: ['web', 'tasks.web'], ips: ['10.0.1.3'], routes: [], reasons: [] };
    const results = [
      { target: 'web', kind: 'name' as const, resolved: ['10.0.1.2'], connect: 'timeout' as const, rttMs: null },
      { target: 'tasks.web', kind: 'name' as const, resolved: ['10.0.1.3'], connect: 'refused' as const, rttMs: null },
    ];
    const v = compareProbe(prediction, results, ['10.0.1.3', '10.0.1.2'], { protocol: 'tcp', port: 80, vips: ['10.0.1.2'] });
    expect(v.disagreements).toEqual([
      'The prediction says solo reaches web.1 by the name "web", but the TCP connect to 10.0.1.2:80 timed out (10.0.1.2 is the service\'s virtual IP, which the node forwards with IPVS: is the ip_vs kernel module there? tasks.<service> reaches the tasks directly).',
    ]);
  });
});
