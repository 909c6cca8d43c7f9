import { describe, expect, it } from 'vitest';
import { actionCli } from './action-cli';

const remote = { id: 'x', name: 'h2', serverVersion: '20.10.24', apiVersion: '1.41', host: 'unix:///tmp/h2/docker.sock', swarmManager: false, swarmNodeId: null };

describe('actionCli', () => {
  it('connect puts aliases and the static IP before network and container, as the CLI wants', () => {
    expect(actionCli.connect('backend', { container: 'pg', aliases: ['db', 'primary'], ipv4: '10.5.0.9' }))
      .toBe('docker network connect --alias db --alias primary --ip 10.5.0.9 backend pg');
    expect(actionCli.connect('backend', { container: 'pg' })).toBe('docker network connect backend pg');
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
  it('remove and prune', () => {
    expect(actionCli.remove('old-net')).toBe('docker network rm old-net');
    expect(actionCli.prune()).toBe('docker network prune');
  });
});
