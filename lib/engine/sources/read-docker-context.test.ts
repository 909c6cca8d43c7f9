import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCerts, opensslMissing } from './__fixtures__/make-test-certs';
import { TempWorld } from './__fixtures__/temp-world';
import { readDockerContext } from './read-docker-context';

/** A Docker CLI to create contexts with, when there is one (contexts need no engine). */
const DOCKER_CLI = ['/usr/bin/docker', '/usr/local/bin/docker'].find((f) => fs.existsSync(f));

let world: TempWorld;
beforeEach(() => { world = new TempWorld(); });
afterEach(() => world.remove());

describe('readDockerContext', () => {
  it('an empty Host means the default socket, as in the Docker CLI', () => {
    world.context('blank', '');
    expect(readDockerContext('blank', world.dockerConfigDir)).toMatchObject({ ok: true, context: { address: { socketPath: '/var/run/docker.sock' } } });
  });

  it('a context without a docker endpoint, or with an unusable host, is not usable', () => {
    const { metaFile } = world.context('odd', 'foo://x');
    expect(readDockerContext('odd', world.dockerConfigDir)).toEqual({ ok: false, missing: false, file: metaFile, message: 'context "odd" has the host "foo://x", which is not usable: the scheme must be unix://, tcp:// or ssh://' });
    fs.writeFileSync(metaFile, JSON.stringify({ Name: 'odd', Metadata: {}, Endpoints: {} }));
    expect(readDockerContext('odd', world.dockerConfigDir)).toMatchObject({ ok: false, message: 'context "odd" has no docker endpoint (Endpoints.docker.Host)' });
  });

  it('without any contexts, says there are none', () => {
    expect(readDockerContext('x', world.dockerConfigDir)).toMatchObject({ ok: false, missing: true, message: 'there is no Docker context "x" (there are none; see docker context ls)' });
  });

  it.skipIf(!DOCKER_CLI || opensslMissing())('reads contexts exactly as `docker context create` writes them', () => {
    const env = { ...process.env, DOCKER_CONFIG: world.dockerConfigDir };
    fs.mkdirSync(path.join(world.root, 'pki'));
    makeTestCerts(path.join(world.root, 'pki')); // the CLI checks that the files are real PEM
    const pki = (f: string) => path.join(world.root, 'pki', `${f}.pem`);
    const create = (name: string, docker: string) => execFileSync(DOCKER_CLI!, ['context', 'create', name, '--docker', docker], { env, stdio: 'ignore' });
    create('prod', `host=tcp://10.0.0.5:2376,ca=${pki('ca')},cert=${pki('cert')},key=${pki('key')}`);
    create('far', 'host=ssh://ops@far.example:2222');
    expect(readDockerContext('prod', world.dockerConfigDir)).toMatchObject({ ok: true, context: { name: 'prod', address: { kind: 'tcp', host: '10.0.0.5', port: 2376, tls: true }, tls: { verify: true } } });
    const prod = readDockerContext('prod', world.dockerConfigDir);
    expect(prod.ok && fs.readFileSync(prod.context.tls!.cert, 'utf8')).toBe(fs.readFileSync(pki('cert'), 'utf8'));
    expect(readDockerContext('far', world.dockerConfigDir)).toMatchObject({ ok: true, context: { address: { kind: 'ssh', host: 'far.example', port: 2222, username: 'ops' } } });
  });
});
