import { describe, expect, it } from 'vitest';
import { createNetworkBody } from './create-network-body';
import { connectBody, disconnectBody, pruneBody } from './endpoint-bodies';
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
