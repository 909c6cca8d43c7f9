import { describe, expect, it } from 'vitest';
import { createNetworkBody, createTooNew } from './create-network-body';
import { connectBody, connectTooNew, disconnectBody, pruneBody } from './endpoint-bodies';
import { containerRef, networkRef } from './refs';

const ID = 'a'.repeat(64);
const fails = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }, field: string) => {
  expect(r.success).toBe(false);
  expect(r.error!.issues.map((i) => i.path.join('.') || 'body')).toContain(field);
};

describe('create network body', () => {
  it('accepts the form’s options', () => {
    const body = { name: 'shop_backend.v2', driver: 'bridge', subnet: '10.5.0.0/24', gateway: '10.5.0.1', ipRange: '10.5.0.128/25', internal: true, attachable: false, labels: { 'com.example.team': 'db' } };
    expect(createNetworkBody.parse(body)).toEqual(body);
    expect(createNetworkBody.parse({ name: 'x' })).toEqual({ name: 'x' });
  });

  it('refuses bad names', () => {
    for (const name of ['', '..', '-x', '.x', 'a/b', 'a b', 'a\r\nb', 'a\n', 'é', 'x'.repeat(65), 'x'.repeat(10_000), 42, null]) {
      fails(createNetworkBody.safeParse({ name }), 'name');
    }
    expect(createNetworkBody.safeParse({ name: 'x'.repeat(64) }).success).toBe(true);
  });

  it('refuses unknown fields, other drivers and driver options', () => {
    expect(createNetworkBody.safeParse({ name: 'x', options: { 'com.docker.network.bridge.name': 'docker0' } }).error?.issues[0].code).toBe('unrecognized_keys');
    fails(createNetworkBody.safeParse({ name: 'x', driver: 'macvlan' }), 'driver');
    fails(createNetworkBody.safeParse({ name: 'x', internal: 'yes' }), 'internal');
  });

  it('parses CIDRs and addresses for real and checks they fit the subnet', () => {
    for (const subnet of ['10.5.0.0', '10.5.0.1/24', '10.5.0.0/33', '300.0.0.0/8', 'fd00::/64']) fails(createNetworkBody.safeParse({ name: 'x', subnet }), 'subnet');
    fails(createNetworkBody.safeParse({ name: 'x', subnet: '10.5.0.0/24', gateway: '10.6.0.1' }), 'gateway');
    fails(createNetworkBody.safeParse({ name: 'x', subnet: '10.5.0.0/24', gateway: '10.5.0.0' }), 'gateway');
    fails(createNetworkBody.safeParse({ name: 'x', subnet: '10.5.0.0/24', gateway: '10.5.0.256' }), 'gateway');
    fails(createNetworkBody.safeParse({ name: 'x', subnet: '10.5.0.0/24', ipRange: '10.5.0.0/23' }), 'ipRange');
    fails(createNetworkBody.safeParse({ name: 'x', gateway: '10.5.0.1' }), 'gateway');
  });

  it('accepts IPv6 subnets (canonical, /48 to /120) and an IPv6-only network', () => {
    expect(createNetworkBody.parse({ name: 'x', ipv6: true, ipv6Subnet: 'FD00:0DB8:0005:0000::/64', ipv6Gateway: 'fd00:db8:5:0::fe' }))
      .toEqual({ name: 'x', ipv6: true, ipv6Subnet: 'fd00:db8:5::/64', ipv6Gateway: 'fd00:db8:5::fe' });
    expect(createNetworkBody.parse({ name: 'x', ipv6: true, ipv4: false, ipv6Subnet: 'fd00:1::/48' }).ipv4).toBe(false);
    expect(createNetworkBody.safeParse({ name: 'x', ipv6: true, ipv6Subnet: 'fd00::/120' }).success).toBe(true);
    expect(createNetworkBody.safeParse({ name: 'x', ipv6: true, subnet: '10.5.0.0/24', ipv6Subnet: 'fd00::/64' }).success).toBe(true);
    // Without a subnet the engine picks one (Engine 27+: a unique-local /64).
    expect(createNetworkBody.safeParse({ name: 'x', ipv6: true, ipv4: false }).success).toBe(true);
  });

  it('refuses bad IPv6 subnets and gateways, naming the field', () => {
    for (const ipv6Subnet of ['fd00::1/64', 'fd00::/47', 'fd00::/121', 'fd00::/129', 'fd00::', 'fd00::/64 ', 'fe80::%eth0/64', '10.5.0.0/24', 'fd00:::/64']) {
      fails(createNetworkBody.safeParse({ name: 'x', ipv6: true, ipv6Subnet }), 'ipv6Subnet');
    }
    expect(createNetworkBody.safeParse({ name: 'x', ipv6: true, ipv6Subnet: 'fd00::/47' }).error!.issues[0].message).toBe('the prefix must be between /48 and /120');
    const sub = { name: 'x', ipv6: true, ipv6Subnet: 'fd00:db8:5::/64' };
    for (const ipv6Gateway of ['fd00:db8:6::1', 'fd00:db8:5::', '10.5.0.1', 'fd00:db8:5::1%eth0']) fails(createNetworkBody.safeParse({ ...sub, ipv6Gateway }), 'ipv6Gateway');
    fails(createNetworkBody.safeParse({ name: 'x', ipv6: true, ipv6Gateway: 'fd00::1' }), 'ipv6Gateway');
    fails(createNetworkBody.safeParse({ name: 'x', ipv6: 'yes' }), 'ipv6');
  });

  it('an IPv6 subnet needs ipv6: true; ipv4: false needs IPv6 and takes no IPv4 settings', () => {
    fails(createNetworkBody.safeParse({ name: 'x', ipv6Subnet: 'fd00::/64' }), 'ipv6Subnet');
    fails(createNetworkBody.safeParse({ name: 'x', ipv6: false, ipv6Subnet: 'fd00::/64' }), 'ipv6Subnet');
    fails(createNetworkBody.safeParse({ name: 'x', ipv4: false }), 'ipv4');
    fails(createNetworkBody.safeParse({ name: 'x', ipv4: false, ipv6: false, ipv6Subnet: 'fd00::/64' }), 'ipv4');
    fails(createNetworkBody.safeParse({ name: 'x', ipv4: false, ipv6: true, subnet: '10.5.0.0/24' }), 'subnet');
    fails(createNetworkBody.safeParse({ name: 'x', ipv4: false, ipv6: true, gateway: '10.5.0.1' }), 'gateway');
  });

  it('ipv4: false is refused on an engine before API 1.47, in words naming both versions', () => {
    const old = { apiVersion: '1.41', serverVersion: '20.10.24' };
    expect(createTooNew({ ipv4: false }, old)).toBe('An IPv6-only network (ipv4: false) needs Docker Engine 28 (API 1.47); this engine speaks API 1.41 (Docker 20.10.24).');
    expect(createTooNew({ ipv4: false }, { apiVersion: '1.51', serverVersion: '28.5.2' })).toBeNull();
    expect(createTooNew({ ipv4: true }, old)).toBeNull();
    expect(createTooNew({}, old)).toBeNull();
  });

  it('bounds labels', () => {
    const many = Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`k${i}`, 'v']));
    fails(createNetworkBody.safeParse({ name: 'x', labels: many }), 'labels');
    fails(createNetworkBody.safeParse({ name: 'x', labels: { k: 'v'.repeat(257) } }), 'labels.k');
    fails(createNetworkBody.safeParse({ name: 'x', labels: { k: 'a\nb' } }), 'labels.k');
    fails(createNetworkBody.safeParse({ name: 'x', labels: { k: 1 } }), 'labels.k');
  });
});

describe('connect and disconnect bodies', () => {
  it('accept aliases as DNS names and a parsed IPv4', () => {
    expect(connectBody.parse({ container: '/api-1', aliases: ['db', 'db.backend.local', 'a-1'], ipv4: '10.5.0.9' }).aliases).toHaveLength(3);
    expect(disconnectBody.parse({ container: ID, force: true })).toEqual({ container: ID, force: true });
  });

  it('refuse bad aliases, too many aliases, bad addresses and unknown fields', () => {
    for (const alias of ['-db', 'db-', 'a..b', 'a_b', 'x'.repeat(64), `${'a'.repeat(60)}.`.repeat(5), '', 'db\n']) {
      fails(connectBody.safeParse({ container: 'c', aliases: [alias] }), 'aliases.0');
    }
    fails(connectBody.safeParse({ container: 'c', aliases: Array.from({ length: 17 }, (_, i) => `a${i}`) }), 'aliases');
    for (const ipv4 of ['10.5.0', '10.5.0.256', '10.5.0.9/24', ' 10.5.0.9', 'fe80::1']) fails(connectBody.safeParse({ container: 'c', ipv4 }), 'ipv4');
    expect(connectBody.safeParse({ container: 'c', Container: 'd' }).success).toBe(false);
    fails(disconnectBody.safeParse({ force: true }), 'container');
  });

  it('accept a static IPv6, canonicalised, and a whole gateway priority within ±1000', () => {
    expect(connectBody.parse({ container: 'c', ipv6: 'FD00:0DB8:0005::0009', gwPriority: -5 })).toEqual({ container: 'c', ipv6: 'fd00:db8:5::9', gwPriority: -5 });
    expect(connectBody.parse({ container: 'c', ipv6: 'fd00::ffff:10.0.0.1' }).ipv6).toBe('fd00::ffff:a00:1');
    expect(connectBody.safeParse({ container: 'c', gwPriority: 1000 }).success).toBe(true);
    expect(connectBody.safeParse({ container: 'c', gwPriority: -1000 }).success).toBe(true);
  });

  it('refuse an IPv6 with a zone, a prefix or brackets, an IPv4 as ipv6, and a priority that is not a whole number in range', () => {
    for (const ipv6 of ['fe80::1%eth0', 'fd00::9/64', '[fd00::9]', '10.5.0.9', 'fd00::g', ' fd00::9', 'fd00::1::2', '', 9]) {
      fails(connectBody.safeParse({ container: 'c', ipv6 }), 'ipv6');
    }
    expect(connectBody.safeParse({ container: 'c', ipv6: '10.5.0.9' }).error!.issues[0].message).toBe('must be an IPv6 address like fd00:db8::9');
    for (const gwPriority of [1.5, '10', 1001, -1001, null, Number.NaN, 2 ** 53]) fails(connectBody.safeParse({ container: 'c', gwPriority }), 'gwPriority');
  });

  it('gwPriority is refused on an engine before API 1.48, in words naming both versions', () => {
    const old = { apiVersion: '1.41', serverVersion: '20.10.24' };
    expect(connectTooNew({ gwPriority: 10 }, old)).toBe('gwPriority needs Docker Engine 28 (API 1.48); this engine speaks API 1.41 (Docker 20.10.24).');
    expect(connectTooNew({ gwPriority: 0 }, { apiVersion: '1.47', serverVersion: '27.5.1' })).toMatch(/^gwPriority needs Docker Engine 28 \(API 1\.48\); this engine speaks API 1\.47/);
    expect(connectTooNew({ gwPriority: 10 }, { apiVersion: '1.48', serverVersion: '28.0.0' })).toBeNull();
    expect(connectTooNew({}, old)).toBeNull();
  });

  it('prune takes nothing', () => {
    expect(pruneBody.safeParse(undefined).success).toBe(true);
    expect(pruneBody.safeParse({}).success).toBe(true);
    expect(pruneBody.safeParse({ filters: { label: ['x'] } }).success).toBe(false);
  });
});

describe('refs', () => {
  it('accept a full id or an exact name, nothing looser', () => {
    expect(networkRef.safeParse(ID).success).toBe(true);
    expect(networkRef.safeParse('backend').success).toBe(true);
    expect(containerRef.safeParse('/api').success).toBe(true);
    for (const bad of ['', '..', 'a/b', '/api', 'x\r\n', 'a*', 'x'.repeat(256)]) expect(networkRef.safeParse(bad).success, bad).toBe(false);
    for (const bad of ['', '//api', 'a/b', '.x']) expect(containerRef.safeParse(bad).success, bad).toBe(false);
  });
});
