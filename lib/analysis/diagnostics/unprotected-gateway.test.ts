import { describe, expect, it } from 'vitest';
import { benchTopology, ctr, ep, net } from '../../graph/__fixtures__/synthetic-topology';
import { buildDiagnostics } from './index';

describe('unprotected_gateway', () => {
  const t = benchTopology(0, 0);
  const open = net(1, 'lab', { gatewayModes: { ipv4: 'nat-unprotected', ipv6: 'nat' } });
  const closed = net(2, 'shop');
  const [a, b, stopped] = [ctr(1, 'a'), ctr(2, 'b'), ctr(3, 'old', { state: 'exited' })];

  it('flags a nat-unprotected network with running containers, naming them and the fix', () => {
    const found = buildDiagnostics({ ...t, networks: [open, closed], containers: [a, b, stopped], endpoints: [ep(open, a, 2), ep(open, stopped, 3), ep(closed, b, 2)] })
      .filter((d) => d.rule === 'unprotected_gateway');
    expect(found).toHaveLength(1);
    expect(found[0].subjects.map((s) => s.name)).toEqual(['lab', 'a']);
    expect(found[0].message).toContain('every port of a');
    expect(found[0].fix.text).toContain('gateway_mode_ipv4=nat');
  });

  it('says nothing of nat networks, or of an unprotected one with nothing running', () => {
    const none = buildDiagnostics({ ...t, networks: [open, closed], containers: [b, stopped], endpoints: [ep(open, stopped, 3), ep(closed, b, 2)] });
    expect(none.filter((d) => d.rule === 'unprotected_gateway')).toEqual([]);
  });
});
