import fs from 'node:fs';
import path from 'node:path';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import { parseDockerHost } from '../docker-host';
import { dockerOptions } from '../docker-options';
import { toAppError } from '../engine-errors';
import { fixtureKey, readFixture } from './__fixtures__/read-fixture';
import { FakeSshEngine } from './__fixtures__/fake-ssh-engine';
import { SshHostKeyError } from './ssh-host-key-error';
import { sshHostVerifier } from './ssh-host-verifier';

const knownHosts = path.join(path.dirname(new URL(import.meta.url).pathname), '__fixtures__', 'known_hosts');
const policy = { host: 'alpha.example', port: 22, knownHostsFile: knownHosts, allowUnknownHostKey: false };

function refusal(fn: () => unknown): SshHostKeyError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(SshHostKeyError);
    return err as SshHostKeyError;
  }
  throw new Error('the key was accepted');
}

describe('sshHostVerifier', () => {
  it('accepts the key known_hosts holds for the host', () => {
    expect(sshHostVerifier(policy)(fixtureKey('host-ed25519.pub'))).toBe(true);
  });

  it('refuses an unknown host, with its fingerprint and the ssh-keyscan line to add it', () => {
    const err = refusal(() => sshHostVerifier({ ...policy, host: 'new.example', port: 2222 })(fixtureKey('host-ed25519.pub')));
    expect(err.code).toBe('SSH_HOST_KEY_UNKNOWN');
    expect(err.message).toMatch(/\[new\.example\]:2222 \(ssh-ed25519 SHA256:[A-Za-z0-9+/]{43}\) is not in .*known_hosts/);
    expect(err.hint).toContain(`ssh-keyscan -p 2222 new.example >> ${knownHosts}`);
    expect(err.hint).toMatch(/allowUnknownHostKey/);
  });

  it('accepts an unknown host only when allowed', () => {
    expect(sshHostVerifier({ ...policy, host: 'new.example', allowUnknownHostKey: true })(fixtureKey('host-ed25519.pub'))).toBe(true);
  });

  it('always refuses a key that differs from the known one, even when unknown keys are allowed', () => {
    const err = refusal(() => sshHostVerifier({ ...policy, allowUnknownHostKey: true })(fixtureKey('other-ed25519.pub')));
    expect(err.code).toBe('SSH_HOST_KEY_MISMATCH');
    expect(err.message).toMatch(/does not match the one in .*known_hosts \(line 2\).*intercepting/);
    expect(err.hint).toContain("ssh-keygen -R 'alpha.example'");
  });

  it('refuses a revoked key', () => {
    const err = refusal(() => sshHostVerifier({ ...policy, host: 'revoked.example', allowUnknownHostKey: true })(fixtureKey('revoked-ed25519.pub')));
    expect(err.code).toBe('SSH_HOST_KEY_REVOKED');
  });

  it('treats a missing known_hosts file as knowing no host, and says the file is missing', () => {
    const err = refusal(() => sshHostVerifier({ ...policy, knownHostsFile: '/nonexistent/known_hosts' })(fixtureKey('host-ed25519.pub')));
    expect(err.message).toMatch(/does not exist/);
  });

  it('reads hashed known_hosts files', () => {
    const hashed = path.join(path.dirname(knownHosts), 'known_hosts.hashed');
    expect(readFixture('known_hosts.hashed')).toMatch(/^\|1\|/m);
    expect(sshHostVerifier({ ...policy, knownHostsFile: hashed, host: 'beta.example', port: 2222 })(fixtureKey('host-rsa.pub'))).toBe(true);
  });
});

describe('an ssh:// engine through dockerode (a real SSH server on loopback)', () => {
  let server: FakeSshEngine;
  let identityFile: string;
  const file = (name: string, lines: string[]) => {
    const f = path.join(server.dir, name);
    fs.writeFileSync(f, lines.join('\n') + '\n');
    return f;
  };
  const connect = (knownHostsFile: string, allowUnknownHostKey = false, timeoutMs = 5000) => {
    const address = parseDockerHost(`ssh://ops@127.0.0.1:${server.port}`);
    return { address, docker: new Docker(dockerOptions({ address, ssh: { knownHostsFile, allowUnknownHostKey, identityFile } }, { timeoutMs })) };
  };
  const trusted = () => file('known_hosts', [`[127.0.0.1]:${server.port} ${server.publicKey}`]);

  beforeAll(async () => {
    server = await new FakeSshEngine().start();
    identityFile = server.writeClientKey();
  });
  afterAll(() => server?.stop());

  it('talks to the engine through `docker system dial-stdio` when the host key is known', async () => {
    const version = await connect(trusted()).docker.version();
    expect(version).toMatchObject({ ApiVersion: '1.41' });
    expect(server.commands).toContain('docker system dial-stdio');
    expect(server.users).toContain('ops');
  });

  it('serves many requests over one SSH connection', async () => {
    const { docker } = connect(trusted());
    const before = server.connections;
    await Promise.all(Array.from({ length: 20 }, () => docker.ping()));
    expect(server.connections - before).toBe(1);
  });

  it('refuses an unknown host key before any request, with a clear engine_unreachable error', async () => {
    const before = server.commands.length;
    const { address, docker } = connect(file('empty', []));
    const err = toAppError(await docker.version().catch((e: unknown) => e), address);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'engine_unreachable' });
    expect(err.message).toMatch(/SSH host key of \[127\.0\.0\.1\]:\d+ \(ssh-ed25519 SHA256:.*\) is not in/);
    expect(err.hint).toMatch(/ssh-keyscan/);
    expect(server.commands.length).toBe(before);
  });

  it('connects to an unknown host when allowed', async () => {
    await expect(connect(file('empty2', []), true).docker.version()).resolves.toMatchObject({ ApiVersion: '1.41' });
  });

  it('refuses a mismatching key, also when unknown keys are allowed', async () => {
    const knownHostsFile = file('wrong', [`[127.0.0.1]:${server.port} ${readFixture('other-ed25519.pub').trim()}`]);
    const { address, docker } = connect(knownHostsFile, true);
    const err = toAppError(await docker.version().catch((e: unknown) => e), address);
    expect(err.code).toBe('engine_unreachable');
    expect(err.message).toMatch(/does not match the one in .*wrong \(line 1\)/);
  });

  it('times out a request the engine never answers (engine_unreachable), without crashing', async () => {
    const { address, docker } = connect(trusted(), false, 300);
    const err = toAppError(await docker.getContainer('hang').inspect().catch((e: unknown) => e), address);
    expect(err).toMatchObject({ code: 'engine_unreachable' });
    expect(err.message).toMatch(/did not answer/);
  });

  it('says when the host has no docker to dial', async () => {
    server.noDocker = true;
    try {
      const { address, docker } = connect(trusted());
      const err = toAppError(await docker.ping().catch((e: unknown) => e), address);
      expect(err.code).toBe('engine_unreachable');
      expect(err.message).toMatch(/docker system dial-stdio` failed on ssh:\/\/ops@127\.0\.0\.1:\d+ \(exit 127\): bash: line 1: docker: command not found/);
    } finally {
      server.noDocker = false;
    }
  });

  it('a refused login is engine_permission_denied, with what to do', async () => {
    server.refuseLogins = true;
    try {
      const { address, docker } = connect(trusted());
      const err = toAppError(await docker.ping().catch((e: unknown) => e), address);
      expect(err.code).toBe('engine_permission_denied');
      expect(err.message).toMatch(/SSH login to ssh:\/\/ops@127\.0\.0\.1:\d+ was refused/);
      expect(err.hint).toMatch(/ssh-agent|identity/);
    } finally {
      server.refuseLogins = false;
    }
  });

  it('an identity ssh2 cannot use fails the request with what is wrong, and the next request tries again', async () => {
    const badKey = file('bad_key', ['not a key']);
    const address = parseDockerHost(`ssh://ops@127.0.0.1:${server.port}`);
    const docker = new Docker(dockerOptions({ address, ssh: { knownHostsFile: trusted(), allowUnknownHostKey: false, identityFile: badKey } }));
    for (let i = 0; i < 2; i++) {
      const err = toAppError(await docker.ping().catch((e: unknown) => e), address);
      expect(err).toMatchObject({ code: 'engine_permission_denied', message: expect.stringMatching(/SSH identity for ssh:\/\/ops@127\.0\.0\.1:\d+ cannot be used/) });
    }
  });
});
