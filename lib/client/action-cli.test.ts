import { describe, expect, it } from 'vitest';
import { actionCli } from './action-cli';

const remote = { id: 'x', name: 'h2', serverVersion: '20.10.24', apiVersion: '1.41', host: 'unix:///tmp/h2/docker.sock', swarmManager: false, swarmNodeId: null };

describe('actionCli', () => {
  it('connect puts aliases and the static IP before network and container, as the CLI wants', () => {
    expect(actionCli.connect('backend', { container: 'pg', aliases: ['db', 'primary'], ipv4: '10.5.0.9' }))
      .toBe('docker network connect --alias db --alias primary --ip 10.5.0.9 backend pg');
    expect(actionCli.connect('backend', { container: 'pg' })).toBe('docker network connect backend pg');
  });
  it('connect with a static IPv6 and a gateway priority, as docker network connect takes them', () => {
    expect(actionCli.connect('backend', { container: 'pg', ipv4: '10.5.0.9', ipv6: 'fd00:db8:5::9', gwPriority: 10 }))
      .toBe('docker network connect --ip 10.5.0.9 --ip6 fd00:db8:5::9 --gw-priority 10 backend pg');
    expect(actionCli.connect('backend', { container: 'pg', gwPriority: -1 })).toBe('docker network connect --gw-priority -1 backend pg');
    expect(actionCli.connect('backend', { container: 'pg', gwPriority: 0 })).toBe('docker network connect --gw-priority 0 backend pg');
  });
  it('names a non-default engine with -H', () => {
    expect(actionCli.disconnect('backend', 'pg', remote)).toBe('docker -H unix:///tmp/h2/docker.sock network disconnect backend pg');
    expect(actionCli.disconnect('backend', 'pg', undefined, true)).toBe('docker network disconnect --force backend pg');
  });
  it('create lists only the options given, and quotes label values for the shell', () => {
    expect(actionCli.create({ name: 'backend' })).toBe('docker network create backend');
    expect(actionCli.create({
      name: 'backend', driver: 'overlay', subnet: '10.5.0.0/24', gateway: '10.5.0.1', ipRange: '10.5.0.128/25',
      internal: true, attachable: true, labels: { team: 'data eng', 'it\'s': 'x' },
    })).toBe("docker network create --driver overlay --subnet 10.5.0.0/24 --gateway 10.5.0.1 --ip-range 10.5.0.128/25 --internal --attachable --label 'team=data eng' --label 'it'\\''s=x' backend");
    expect(actionCli.create({})).toBe('docker network create <name>');
  });
  it('create: dual-stack and IPv6-only, each --gateway after its --subnet', () => {
    expect(actionCli.create({ name: 'v6', ipv6: true, ipv4: false, ipv6Subnet: 'fd00:db8:5::/64' }))
      .toBe('docker network create --ipv6 --ipv4=false --subnet fd00:db8:5::/64 v6');
    expect(actionCli.create({ name: 'dual', ipv6: true, subnet: '10.5.0.0/24', gateway: '10.5.0.1', ipv6Subnet: 'fd00:db8:5::/64', ipv6Gateway: 'fd00:db8:5::1' }))
      .toBe('docker network create --ipv6 --subnet 10.5.0.0/24 --gateway 10.5.0.1 --subnet fd00:db8:5::/64 --gateway fd00:db8:5::1 dual');
    expect(actionCli.create({ name: 'auto', ipv6: true, ipv4: true })).toBe('docker network create --ipv6 auto');
  });
  it('remove and prune', () => {
    expect(actionCli.remove('old-net')).toBe('docker network rm old-net');
    expect(actionCli.prune()).toBe('docker network prune');
  });
});
