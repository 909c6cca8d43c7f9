import { describe, expect, it } from 'vitest';
import { ctr, ep, net } from '../graph/__fixtures__/synthetic-topology';
import { engine28, type Role28 } from './__fixtures__/engine-28.5-fixture';
import { defaultVia } from './__fixtures__/load-capture';
import { buildTopology } from './build-topology';
import { engineMajor, pickDefaultRoutes, withOwnDefaultRoutes } from './default-routes';
import type { Endpoint, Network } from './types';

// The rule is moby's (libnetwork Endpoint.Less + getGatewayEndpoint / selectGatewayEndpoint); the
// integration test on Engine 28.5 checks it against `ip route` inside real containers.
const c = ctr(1, 'api');
const v6 = (n: Network, host: number, extra: Partial<Endpoint> = {}) =>
  ep(n, c, host, { ipv6: `fd00:${n.name}::${host}`, ipv6PrefixLen: 64, ipv6Gateway: `fd00:${n.name}::1`, ...extra });
const pick = (endpoints: Endpoint[], networks: Network[], version: string) => {
  const r = pickDefaultRoutes(endpoints, (e) => networks.find((n) => n.id === e.networkId), version);
  const name = (e: Endpoint | null) => (e ? networks.find((n) => n.id === e.networkId)!.name : null);
  return { v4: name(r.v4), v6: name(r.v6) };
};

describe('pickDefaultRoutes', () => {
  const [alpha, beta] = [net(1, 'alpha'), net(2, 'beta')];

  it('without priorities: the network name decides (alphabetical), on every engine', () => {
    const eps = [ep(beta, c, 2), ep(alpha, c, 2)];
    expect(pick(eps, [alpha, beta], '20.10.24')).toEqual({ v4: 'alpha', v6: null });
    expect(pick(eps, [alpha, beta], '28.5.2')).toEqual({ v4: 'alpha', v6: null });
  });

  it('a higher gw-priority wins over the name', () => {
    const eps = [ep(alpha, c, 2), ep(beta, c, 2, { gwPriority: 10 })];
    expect(pick(eps, [alpha, beta], '28.5.2')).toEqual({ v4: 'beta', v6: null });
  });

  it('an internal network gives no default route (it offers no gateway) and sorts last', () => {
    const internal = net(3, 'aaa-internal', { internal: true });
    const eps = [ep(internal, c, 2, { gateway: null }), ep(beta, c, 2)];
    expect(pick(eps, [internal, beta], '28.5.2')).toEqual({ v4: 'beta', v6: null });
    expect(pick([ep(internal, c, 2, { gateway: null })], [internal], '28.5.2')).toEqual({ v4: null, v6: null });
  });

  it('Engine 28: an IPv6-only network carries the IPv6 route while another carries IPv4', () => {
    const only6 = net(4, 'aaa-v6only', { ipv4: false, ipv6: true });
    const eps = [v6(only6, 2, { ipv4: null, gateway: null }), ep(beta, c, 2)];
    expect(pick(eps, [only6, beta], '28.5.2')).toEqual({ v4: 'beta', v6: 'aaa-v6only' });
  });

  it('Engine 28: the first dual-stack endpoint in order carries both, even after a single-stack one', () => {
    const dual = net(5, 'zz-dual', { ipv6: true });
    const eps = [ep(alpha, c, 2, { gwPriority: 5 }), v6(dual, 2)];
    // alpha sorts first (priority 5) and is IPv4-only; moby's selectGatewayEndpoint still returns the
    // dual-stack endpoint for both families (its own FIXME says so).
    expect(pick(eps, [alpha, dual], '28.5.2')).toEqual({ v4: 'zz-dual', v6: 'zz-dual' });
  });

  it('before Engine 28: one gateway endpoint (the first with an IPv4 gateway) carries both families', () => {
    const dual = net(5, 'zz-dual', { ipv6: true });
    const eps = [ep(alpha, c, 2), v6(dual, 2)];
    // 20.10 weighs an IPv6 gateway 2 and IPv4 1: the dual-stack endpoint (3) sorts before alpha (1).
    expect(pick(eps, [alpha, dual], '20.10.24')).toEqual({ v4: 'zz-dual', v6: 'zz-dual' });
    expect(pick([ep(alpha, c, 2)], [alpha], '27.5.1')).toEqual({ v4: 'alpha', v6: null });
  });

  it('host and none, and endpoints without an address, are never gateways', () => {
    const host = net(6, 'host', { driver: 'host', subnets: [] });
    expect(pick([ep(host, c, 2), ep(beta, c, 2)], [host, beta], '28.5.2')).toEqual({ v4: 'beta', v6: null });
    expect(pick([ep(beta, c, 2, { ipv4: null })], [beta], '28.5.2')).toEqual({ v4: null, v6: null });
  });

  it("swarm's docker_gwbridge only when nothing else offers a gateway", () => {
    const gw = net(7, 'docker_gwbridge');
    expect(pick([ep(gw, c, 2), ep(beta, c, 2)], [gw, beta], '28.5.2')).toEqual({ v4: 'beta', v6: null });
  });
});

describe('withOwnDefaultRoutes', () => {
  it('marks exactly one endpoint per family', () => {
    const [a, b] = [net(1, 'alpha'), net(2, 'beta')];
    const byId = new Map([a, b].map((n) => [n.id, n]));
    const out = withOwnDefaultRoutes([ep(a, c, 2), ep(b, c, 2, { gwPriority: 1 })], (e) => byId.get(e.networkId), '28.5.2');
    expect(out.map((e) => [e.networkId === a.id ? 'alpha' : 'beta', e.defaultRoute, e.defaultRoute6])).toEqual([
      ['alpha', false, false],
      ['beta', true, false],
    ]);
  });
  it('hands back the very endpoints when none carries a route', () => {
    const own = [ep(net(1, 'alpha'), c, 2)];
    expect(withOwnDefaultRoutes(own, () => undefined, '28.5.2')).toBe(own);
  });
  it('reads the major version', () => {
    expect(engineMajor('28.5.2')).toBe(28);
    expect(engineMajor('20.10.24')).toBe(20);
    expect(engineMajor('dev')).toBe(0);
  });
});

describe('default routes on the captured Engine 28.5 topology, against `ip route` inside each container', () => {
  const t = buildTopology(engine28.snapshot());
  const recorded = engine28.routes();
  const marked = (role: Role28) => {
    const own = t.endpoints.filter((e) => e.containerId === engine28.idOf(role));
    return { v4: own.find((e) => e.defaultRoute)?.gateway ?? null, v6: own.find((e) => e.defaultRoute6)?.ipv6Gateway ?? null };
  };

  it('was recorded for every running container with its own network stack, with IPv6 default routes among them', () => {
    expect(recorded.map(([role]) => role).sort()).toEqual(
      ['web', 'api', 'db', 'cache', 'legacy-a', 'legacy-b', 'none', 'multi', 'dual-first', 'prio', 'fixed', 'vault', 'routed', 'v6port'].sort(),
    );
    expect(recorded.filter(([, r]) => defaultVia(r.ipv6)).map(([role]) => role).sort()).toEqual(['dual-first', 'fixed', 'multi', 'v6port']);
  });

  it('marks, per family, the endpoint whose gateway the container routes by default (none where it has no default route)', () => {
    for (const [role, routes] of recorded) {
      expect(marked(role), role).toEqual({ v4: defaultVia(routes.ipv4), v6: defaultVia(routes.ipv6) });
    }
  });

  it('agrees in the cases where priority and families pull apart', () => {
    const via = (role: 'multi' | 'dual-first' | 'prio') => {
      const routes = recorded.find(([r]) => r === role)![1];
      return { v4: defaultVia(routes.ipv4), v6: defaultVia(routes.ipv6) };
    };
    const on = (role: 'multi' | 'dual-first' | 'prio', net: 'dual-net' | 'back-net') =>
      t.endpoints.find((e) => e.containerId === engine28.idOf(role) && e.networkId === engine28.idOf(net))!;
    // multi: dual-stack (priority 0) + IPv6-only (10); dual-first: dual-stack (0) + IPv4-only (10). The engine's
    // first dual-stack candidate takes both families, and the recorded routes say so.
    for (const role of ['multi', 'dual-first'] as const) expect(via(role), role).toEqual({ v4: on(role, 'dual-net').gateway, v6: on(role, 'dual-net').ipv6Gateway });
    // prio: app-net (0) + back-net (10), IPv4 only: the priority moves the route off the name's first choice.
    expect(via('prio')).toEqual({ v4: on('prio', 'back-net').gateway, v6: null });
    expect(marked('prio')).toEqual(via('prio'));
    expect(marked('vault')).toEqual({ v4: null, v6: null });
  });
});
