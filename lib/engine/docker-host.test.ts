import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { DEFAULT_DOCKER_HOST, maskedAddress, parseDockerHost, parseEngineHost } from './docker-host';

function rejects(value: string): AppError {
  try {
    parseDockerHost(value);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error(`${value} was accepted`);
}

describe('parseDockerHost', () => {
  it('defaults to the local socket when DOCKER_HOST is unset or blank', () => {
    for (const value of [undefined, '', '   ']) {
      expect(parseDockerHost(value)).toEqual({ kind: 'unix', socketPath: '/var/run/docker.sock', raw: DEFAULT_DOCKER_HOST });
    }
  });

  it('reads an absolute unix socket path', () => {
    expect(parseDockerHost(' unix:///tmp/h2/docker.sock ')).toEqual({ kind: 'unix', socketPath: '/tmp/h2/docker.sock', raw: 'unix:///tmp/h2/docker.sock' });
  });

  it('reads tcp://HOST:PORT, with the usual default ports', () => {
    expect(parseDockerHost('tcp://10.0.0.5:2375')).toEqual({ kind: 'tcp', host: '10.0.0.5', port: 2375, tls: false, raw: 'tcp://10.0.0.5:2375' });
    expect(parseDockerHost('tcp://docker.internal')).toMatchObject({ host: 'docker.internal', port: 2375, tls: false });
    expect(parseDockerHost('tcp://docker.internal', { tls: true })).toMatchObject({ port: 2376, tls: true });
    expect(parseDockerHost('tcp://[::1]:2375')).toMatchObject({ host: '::1', port: 2375 });
  });

  it('reads ssh://[USER@]HOST[:PORT], port 22 by default', () => {
    expect(parseDockerHost('ssh://me@docker.internal')).toEqual({ kind: 'ssh', host: 'docker.internal', port: 22, username: 'me', raw: 'ssh://me@docker.internal' });
    expect(parseDockerHost('ssh://10.0.0.7:2222')).toEqual({ kind: 'ssh', host: '10.0.0.7', port: 2222, username: null, raw: 'ssh://10.0.0.7:2222' });
    expect(parseDockerHost('ssh://ops@[::1]:2200')).toMatchObject({ kind: 'ssh', host: '::1', port: 2200, username: 'ops' });
  });

  it.each([
    ['unix://relative.sock', /absolute/],
    ['tcp://host:2375/path', /tcp:\/\/HOST:PORT/],
    ['ssh://me@host/path', /without a path/],
    ['ssh://', /ssh:\/\/\[USER@\]HOST/],
    ['npipe:////./pipe/docker_engine', /named pipes/],
    ['foo://bar', /scheme must be unix:\/\/, tcp:\/\/ or ssh:\/\//],
    ['/var/run/docker.sock', /scheme/],
  ])('rejects %s as invalid_docker_host, naming the value and the fix', (value, why) => {
    const err = rejects(value);
    expect(err.code).toBe('invalid_docker_host');
    expect(err.message).toContain(`"${value}"`);
    expect(err.message).toMatch(why);
    expect(err.hint).toMatch(/DOCKER_HOST/);
  });
});

describe('credentials in an address', () => {
  it.each([
    ['ssh://me:secret@host', /must not carry a password/],
    ['tcp://admin:hunter2@10.0.0.5:2376', /tcp:\/\/ address must not carry a user or password/],
    ['tcp://admin@10.0.0.5:2376', /tcp:\/\/ address must not carry a user or password/],
  ])('refuses %s, and the refusal never repeats the password', (value, why) => {
    const err = rejects(value);
    expect(err.code).toBe('invalid_docker_host');
    expect(err.message).toMatch(why);
    for (const secret of ['secret', 'hunter2']) expect(`${err.message} ${err.hint}`).not.toContain(secret);
  });
  it('masks user:password@ wherever an address is shown', () => {
    expect(maskedAddress('tcp://admin:hunter2@10.0.0.5:2376')).toBe('tcp://***@10.0.0.5:2376');
    expect(maskedAddress('ssh://ops@host')).toBe('ssh://ops@host');
    expect(maskedAddress('unix:///var/run/docker.sock')).toBe('unix:///var/run/docker.sock');
  });
});

describe('parseEngineHost', () => {
  it('says why without naming DOCKER_HOST, so a config file can report it as its own field', () => {
    expect(parseEngineHost('http://x')).toEqual({ ok: false, why: 'the scheme must be unix://, tcp:// or ssh://' });
    expect(parseEngineHost('tcp://x:1', { tls: true })).toEqual({ ok: true, address: { kind: 'tcp', host: 'x', port: 1, tls: true, raw: 'tcp://x:1' } });
  });
});
