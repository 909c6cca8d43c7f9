import { describe, expect, it } from 'vitest';
import { benchTopology, ctr, ep, net, shopTopology } from './__fixtures__/synthetic-topology';
import { groupContainers } from './group-containers';
import { orderNetworks } from './order-networks';

describe('orderNetworks', () => {
  it('puts every pair of networks that share containers side by side (bench shape)', () => {
    const t = benchTopology(100, 10);
    const order = orderNetworks(t.networks, groupContainers(t)).map((n) => n.name);
    expect(order).toHaveLength(10);
    // odd containers sit on net(2k+1) and net(2k+2 mod 10): five disjoint pairs, all adjacent
    for (const [a, b] of [['net1', 'net2'], ['net3', 'net4'], ['net5', 'net6'], ['net7', 'net8'], ['net9', 'net0']]) {
      expect(Math.abs(order.indexOf(a) - order.indexOf(b))).toBe(1);
    }
  });

  it('keeps a chain of networks a chain, heaviest links first', () => {
    const networks = Array.from({ length: 6 }, (_, i) => net(i, `n${i}`));
    const containers = Array.from({ length: 5 }, (_, i) => ctr(i));
    // container i joins n(i) and n(i+1); a shuffled name order must not break the chain
    const endpoints = containers.flatMap((c, i) => [ep(networks[i], c, 2), ep(networks[i + 1], c, 3)]);
    const t = { ...benchTopology(0, 0), networks: [...networks].reverse(), containers, endpoints };
    const order = orderNetworks(t.networks, groupContainers(t)).map((n) => n.name);
    expect(order).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
  });

  it('puts built-in networks after user-defined ones', () => {
    const t = shopTopology();
    const order = orderNetworks(t.networks, groupContainers(t)).map((n) => n.name);
    expect(order.slice(0, 2).sort()).toEqual(['backend', 'frontend']);
    expect(order.slice(2)).toEqual(['host', 'none']);
  });

  it('keeps networks without containers, in name order', () => {
    const order = orderNetworks([net(2, 'b'), net(1, 'a'), net(3, 'c')], []).map((n) => n.name);
    expect(order).toEqual(['a', 'b', 'c']);
  });
});
