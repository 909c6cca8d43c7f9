import { describe, expect, it } from 'vitest';
import { twoEngines } from './__fixtures__/two-engines';
import { engineAddress, engineName } from './engine-address';

const { topology } = twoEngines();
const withHost = (host: string) => ({ ...topology, swarms: [], engines: topology.engines.map((e) => (e.id === 'edge' ? { ...e, host } : e)) });

describe('engineAddress', () => {
  it('the swarm node’s address first: the one the hosts use between them', () => {
    expect(engineAddress(topology, 'edge')).toBe('192.168.50.12');
    expect(engineAddress(topology, 'default')).toBe('192.168.50.11');
  });

  it('else the host of a tcp:// or ssh:// URL, without user, port or brackets', () => {
    expect(engineAddress(withHost('tcp://edge-1.example.net:2376'), 'edge')).toBe('edge-1.example.net');
    expect(engineAddress(withHost('ssh://ops@10.1.2.3:2222'), 'edge')).toBe('10.1.2.3');
    expect(engineAddress(withHost('ssh://[fd00::7]'), 'edge')).toBe('fd00::7');
  });

  it('null for a local socket, a loopback address or an unknown engine', () => {
    expect(engineAddress(withHost('unix:///run/user/1000/docker.sock'), 'edge')).toBeNull();
    expect(engineAddress(withHost('tcp://127.0.0.1:2375'), 'edge')).toBeNull();
    expect(engineAddress(withHost('ssh://me@localhost'), 'edge')).toBeNull();
    expect(engineAddress(topology, 'nope')).toBeNull();
  });

  it('engineName: the configured name, else the id', () => {
    expect([engineName(topology, 'edge'), engineName(topology, 'nope')]).toEqual(['edge-1', 'nope']);
  });
});
