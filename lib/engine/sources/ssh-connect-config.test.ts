import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import { parseDockerHost } from '../docker-host';
import { readFixture } from './__fixtures__/read-fixture';
import { sshConnectConfig } from './ssh-connect-config';

type SshAddress = Parameters<typeof sshConnectConfig>[0];
const address = (raw: string) => parseDockerHost(raw) as SshAddress;

describe('sshConnectConfig', () => {
  let home: string;
  const ssh = (name: string, content: string) => {
    fs.mkdirSync(path.join(home, '.ssh'), { recursive: true });
    fs.writeFileSync(path.join(home, '.ssh', name), content);
    return path.join(home, '.ssh', name);
  };

  beforeEach(() => { home = fs.mkdtempSync(path.join(os.tmpdir(), 'netatlas-home-')); });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  it('uses the agent when SSH_AUTH_SOCK is set', () => {
    const config = sshConnectConfig(address('ssh://h'), undefined, { env: { SSH_AUTH_SOCK: '/tmp/agent.sock' }, home });
    expect(config.agent).toBe('/tmp/agent.sock');
    expect(config.privateKey).toBeUndefined();
    expect(typeof config.hostVerifier).toBe('function');
  });

  it('without an agent, takes ~/.ssh/id_ed25519, else id_rsa', () => {
    ssh('id_rsa', 'RSA KEY');
    expect(sshConnectConfig(address('ssh://h'), undefined, { env: {}, home }).privateKey?.toString()).toBe('RSA KEY');
    ssh('id_ed25519', 'ED KEY');
    expect(sshConnectConfig(address('ssh://h'), undefined, { env: {}, home }).privateKey?.toString()).toBe('ED KEY');
  });

  it('an explicit identity file is used alongside the agent, and must be readable', () => {
    const identityFile = ssh('deploy_key', 'DEPLOY KEY');
    const config = sshConnectConfig(address('ssh://h'), { knownHostsFile: '/k', allowUnknownHostKey: false, identityFile }, { env: { SSH_AUTH_SOCK: '/a' }, home });
    expect(config).toMatchObject({ agent: '/a' });
    expect(config.privateKey?.toString()).toBe('DEPLOY KEY');
    expect(() => sshConnectConfig(address('ssh://h'), { knownHostsFile: '/k', allowUnknownHostKey: false, identityFile: '/nonexistent/key' }, { env: {}, home }))
      .toThrow(/Cannot read the SSH identity file \/nonexistent\/key for ssh:\/\/h \(ENOENT\)/);
  });

  it('with no agent and no key, an AppError says what to set up', () => {
    try {
      sshConnectConfig(address('ssh://h'), undefined, { env: {}, home });
      throw new Error('accepted');
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).message).toMatch(/No SSH credentials for ssh:\/\/h: SSH_AUTH_SOCK is not set/);
      expect((err as AppError).hint).toMatch(/ssh-add|identity/);
    }
  });

  it('asks for the host key types known_hosts holds for the host (RSA as its SHA-2 signatures first)', () => {
    const knownHostsFile = ssh('known_hosts', readFixture('known_hosts'));
    const config = (raw: string) => sshConnectConfig(address(raw), { knownHostsFile, allowUnknownHostKey: false }, { env: { SSH_AUTH_SOCK: '/a' }, home });
    expect(config('ssh://beta.example:2222').algorithms?.serverHostKey).toEqual(['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa']);
    expect(config('ssh://delta.example').algorithms?.serverHostKey).toEqual(['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa', 'ecdsa-sha2-nistp256']);
    expect(config('ssh://unknown.example').algorithms).toBeUndefined();
  });

  it('defaults known_hosts to ~/.ssh/known_hosts and passes the timeout as readyTimeout', () => {
    ssh('known_hosts', readFixture('known_hosts'));
    const config = sshConnectConfig(address('ssh://alpha.example'), undefined, { env: { SSH_AUTH_SOCK: '/a' }, home, timeoutMs: 1234 });
    expect(config.algorithms?.serverHostKey).toEqual(['ssh-ed25519']);
    expect(config.readyTimeout).toBe(1234);
  });
});
