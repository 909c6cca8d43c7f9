import fs from 'node:fs';
import https from 'node:https';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../errors/app-error';
import { parseDockerHost } from './docker-host';
import { dockerOptions } from './docker-options';
import { toAppError } from './engine-errors';
import { makeTestCerts, opensslMissing } from './sources/__fixtures__/make-test-certs';
import { SshDialAgent } from './sources/ssh-dial-agent';

/** What docker-modem made of the options (it merges its own reading of DOCKER_HOST underneath). */
function modemOf(options: Docker.DockerOptions) {
  return (new Docker(options) as unknown as { modem: Record<string, unknown> }).modem;
}

afterEach(() => vi.unstubAllEnvs());

describe('dockerOptions', () => {
  it('unix: the socket, with the version and default timeout', () => {
    const modem = modemOf(dockerOptions({ address: parseDockerHost('unix:///tmp/x.sock') }, { version: '1.41' }));
    expect(modem).toMatchObject({ socketPath: '/tmp/x.sock', version: 'v1.41', timeout: 10_000 });
    expect(modem.host).toBeUndefined();
  });

  it('never picks up DOCKER_HOST, DOCKER_CERT_PATH or DOCKER_CLIENT_TIMEOUT meant for another engine', () => {
    vi.stubEnv('DOCKER_HOST', 'tcp://10.9.9.9:2376');
    vi.stubEnv('DOCKER_CLIENT_TIMEOUT', '5');
    const unix = modemOf(dockerOptions({ address: parseDockerHost('unix:///tmp/x.sock') }, { timeoutMs: false }));
    expect(unix).toMatchObject({ socketPath: '/tmp/x.sock', host: undefined, timeout: undefined });
    const tcp = modemOf(dockerOptions({ address: parseDockerHost('tcp://127.0.0.1:2375') }));
    expect(tcp).toMatchObject({ host: '127.0.0.1', port: 2375, protocol: 'http', timeout: 10_000 });
  });

  it('tcp with TLS but no files: https without a client certificate (as before)', () => {
    expect(modemOf(dockerOptions({ address: parseDockerHost('tcp://h', { tls: true }) }))).toMatchObject({ host: 'h', port: 2376, protocol: 'https', ca: undefined });
  });

  it('a TLS file that cannot be read is an AppError naming the file', () => {
    const address = parseDockerHost('tcp://h', { tls: true });
    const run = () => dockerOptions({ address, tls: { ca: '/nonexistent/ca.pem', cert: '/x', key: '/y', verify: true } });
    expect(run).toThrow(AppError);
    expect(run).toThrow(/Cannot read the TLS file \/nonexistent\/ca\.pem for tcp:\/\/h \(ENOENT\)/);
    expect(() => dockerOptions({ address, certPath: '/nonexistent' })).toThrow(/\/nonexistent\/ca\.pem/);
  });

  it('ssh: plain http through an SSH dial agent', () => {
    const address = parseDockerHost('ssh://me@h:2200');
    const options = dockerOptions({ address, ssh: { knownHostsFile: '/nonexistent', allowUnknownHostKey: false, identityFile: '/etc/hostname' } });
    expect(options).toMatchObject({ protocol: 'http', host: 'h', port: 2200 });
    expect((options as { agent?: unknown }).agent).toBeInstanceOf(SshDialAgent);
  });
});

describe.skipIf(opensslMissing())('dockerOptions: tcp with TLS against a real https engine on loopback', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netatlas-tls-'));
  const file = (name: string) => path.join(dir, name);
  let server: https.Server;
  let port = 0;
  const version = (tls: { ca: string; verify: boolean }) => {
    const address = parseDockerHost(`tcp://127.0.0.1:${port}`, { tls: true });
    const docker = new Docker(dockerOptions({ address, tls: { ...tls, cert: file('cert.pem'), key: file('key.pem') } }, { timeoutMs: 5000 }));
    return docker.version().catch((err: unknown) => Promise.reject(toAppError(err, address)));
  };

  beforeAll(async () => {
    makeTestCerts(dir);
    server = https.createServer({
      key: fs.readFileSync(file('server-key.pem')), cert: fs.readFileSync(file('server.pem')),
      ca: fs.readFileSync(file('ca.pem')), requestCert: true, rejectUnauthorized: true, // like dockerd --tlsverify
    }, (_req, res) => res.end(JSON.stringify({ ApiVersion: '1.41', Version: '20.10.24' })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('verifies the engine against the given CA and presents the client certificate', async () => {
    await expect(version({ ca: file('ca.pem'), verify: true })).resolves.toMatchObject({ ApiVersion: '1.41' });
  });

  it('refuses an engine whose certificate the CA did not sign', async () => {
    await expect(version({ ca: file('other-ca.pem'), verify: true })).rejects.toMatchObject({ code: 'engine_unreachable' });
  });

  it('verify: false (SkipTLSVerify) skips the check but still presents the client certificate', async () => {
    await expect(version({ ca: file('other-ca.pem'), verify: false })).resolves.toMatchObject({ ApiVersion: '1.41' });
  });

  it('DOCKER_CERT_PATH-style certPath works as before', async () => {
    const address = parseDockerHost(`tcp://127.0.0.1:${port}`, { tls: true });
    await expect(new Docker(dockerOptions({ address, certPath: dir })).version()).resolves.toMatchObject({ ApiVersion: '1.41' });
  });
});
