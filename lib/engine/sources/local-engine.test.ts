import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TempWorld } from './__fixtures__/temp-world';
import { loadEngineSpecs } from './load-engine-specs';

let world: TempWorld;
beforeEach(() => { world = new TempWorld(); });
afterEach(() => world.remove());

const load = (vars: Record<string, string> = {}) => loadEngineSpecs(world.env(vars), { cwd: world.cwd, home: world.home });
const local = (vars: Record<string, string> = {}) => {
  const { specs, problems } = load(vars);
  return { spec: specs.find((s) => s.id === 'default'), problems };
};

describe('loadEngineSpecs: the local engine', () => {
  it('is the default socket when nothing says otherwise', () => {
    expect(local()).toEqual({
      spec: { id: 'default', name: 'local', source: 'env', origin: 'default socket (no DOCKER_HOST, no current context)', address: { kind: 'unix', socketPath: '/var/run/docker.sock', raw: 'unix:///var/run/docker.sock' } },
      problems: [],
    });
  });

  it('is DOCKER_HOST when set', () => {
    expect(local({ DOCKER_HOST: 'unix:///tmp/h2/docker.sock' }).spec).toMatchObject({ name: 'local', source: 'env', origin: 'DOCKER_HOST', address: { socketPath: '/tmp/h2/docker.sock' } });
  });

  it('DOCKER_HOST=ssh:// gets the default known_hosts and refuses unknown keys', () => {
    expect(local({ DOCKER_HOST: 'ssh://ops@h2' }).spec).toMatchObject({
      address: { kind: 'ssh', host: 'h2', port: 22, username: 'ops' },
      ssh: { knownHostsFile: path.join(world.home, '.ssh/known_hosts'), allowUnknownHostKey: false },
    });
  });

  it('DOCKER_TLS_VERIFY takes ca/cert/key.pem from DOCKER_CERT_PATH, else from the Docker config directory', () => {
    for (const f of ['ca', 'cert', 'key']) world.write(`certs/${f}.pem`, 'x');
    const certs = path.join(world.root, 'certs');
    expect(local({ DOCKER_HOST: 'tcp://10.0.0.5', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certs }).spec).toMatchObject({
      address: { kind: 'tcp', port: 2376, tls: true },
      tls: { ca: path.join(certs, 'ca.pem'), cert: path.join(certs, 'cert.pem'), key: path.join(certs, 'key.pem'), verify: true },
    });
    const { spec, problems } = local({ DOCKER_HOST: 'tcp://10.0.0.5', DOCKER_TLS_VERIFY: '1' });
    expect(spec).toBeUndefined();
    expect(problems.map((p) => [p.file, p.message])).toEqual(['ca', 'cert', 'key'].map((f) => [
      'DOCKER_HOST', `cannot read ${path.join(world.dockerConfigDir, `${f}.pem`)} (it does not exist): DOCKER_TLS_VERIFY asks for TLS, which needs ca.pem, cert.pem and key.pem in DOCKER_CERT_PATH (default ${world.dockerConfigDir})`,
    ]));
  });

  it('DOCKER_TLS without DOCKER_TLS_VERIFY is TLS without verification; "0" means off', () => {
    for (const f of ['ca', 'cert', 'key']) world.write(`home/.docker/${f}.pem`, 'x');
    expect(local({ DOCKER_HOST: 'tcp://10.0.0.5:2376', DOCKER_TLS: '1' }).spec?.tls).toMatchObject({ verify: false });
    expect(local({ DOCKER_HOST: 'tcp://127.0.0.1:2375', DOCKER_TLS_VERIFY: '0' }).spec).toMatchObject({ address: { tls: false } });
  });

  it('plain tcp:// in DOCKER_HOST only to loopback, as for the config file: anything else is a problem and no local engine', () => {
    expect(local({ DOCKER_HOST: 'tcp://127.0.0.1:2375' })).toMatchObject({ spec: { address: { kind: 'tcp', host: '127.0.0.1', tls: false } }, problems: [] });
    expect(local({ DOCKER_HOST: 'tcp://docker:2375' })).toEqual({
      spec: undefined,
      problems: [{ file: 'DOCKER_HOST', field: '', local: true, message: expect.stringMatching(/^tcp:\/\/docker:2375: plain tcp:\/\/ has no encryption.*DOCKER_TLS_VERIFY=1/) }],
    });
  });

  it('a malformed DOCKER_HOST is a problem with the usual words and fix; config engines still load', () => {
    world.config({ engines: [{ name: 'a', host: 'unix:///a.sock' }] });
    const { specs, problems } = load({ DOCKER_HOST: 'foo://bar' });
    expect(specs.map((s) => s.id)).toEqual(['a']);
    expect(problems).toEqual([{ file: 'DOCKER_HOST', field: '', local: true, message: expect.stringMatching(/^DOCKER_HOST="foo:\/\/bar" is not usable: the scheme must be .* Set DOCKER_HOST to/) }]);
  });

  it('is the current context of config.json, with its TLS files', () => {
    const { metaFile, tlsDir } = world.context('prod', 'tcp://10.0.0.5:2376', { tls: ['ca', 'cert', 'key'] });
    world.currentContext('prod');
    expect(local()).toEqual({
      spec: {
        id: 'default', name: 'prod', source: 'context', origin: `context "prod" (${metaFile})`,
        address: { kind: 'tcp', host: '10.0.0.5', port: 2376, tls: true, raw: 'tcp://10.0.0.5:2376' },
        tls: { ca: path.join(tlsDir, 'ca.pem'), cert: path.join(tlsDir, 'cert.pem'), key: path.join(tlsDir, 'key.pem'), verify: true },
      },
      problems: [],
    });
  });

  it('honours SkipTLSVerify; a context without TLS files is plain tcp (to loopback only)', () => {
    world.context('skip', 'tcp://10.0.0.5:2376', { tls: ['ca', 'cert', 'key'], skipTLSVerify: true });
    world.context('plain', 'tcp://127.0.0.1:2375');
    const far = world.context('far', 'tcp://10.0.0.6:2375');
    expect(local({ DOCKER_CONTEXT: 'skip' }).spec?.tls?.verify).toBe(false);
    expect(local({ DOCKER_CONTEXT: 'plain' }).spec).toMatchObject({ address: { tls: false }, name: 'plain' });
    expect(local({ DOCKER_CONTEXT: 'plain' }).spec?.tls).toBeUndefined();
    expect(local({ DOCKER_CONTEXT: 'far' })).toEqual({
      spec: undefined, problems: [{ file: `context "far" (${far.metaFile})`, field: '', local: true, message: expect.stringContaining('plain tcp://') }],
    });
  });

  it('a context with some TLS files missing, or SkipTLSVerify without any, is a problem naming the files', () => {
    const partial = world.context('partial', 'tcp://10.0.0.5:2376', { tls: ['ca'] });
    world.context('bare', 'tcp://10.0.0.5:2376', { skipTLSVerify: true });
    const p = local({ DOCKER_CONTEXT: 'partial' });
    expect(p.spec).toBeUndefined();
    expect(p.problems).toEqual([{ file: partial.metaFile, field: '', local: true, message: expect.stringContaining(`cannot read ${path.join(partial.tlsDir, 'cert.pem')}, ${path.join(partial.tlsDir, 'key.pem')}`) }]);
    expect(local({ DOCKER_CONTEXT: 'bare' }).problems[0].message).toMatch(/SkipTLSVerify.*no client certificate/);
  });

  it('DOCKER_CONTEXT overrides config.json; "default" means the default socket', () => {
    world.context('prod', 'tcp://10.0.0.5:2376', { tls: ['ca', 'cert', 'key'] });
    world.context('ssh1', 'ssh://ops@h2');
    world.currentContext('prod');
    expect(local({ DOCKER_CONTEXT: 'ssh1' }).spec).toMatchObject({ name: 'ssh1', source: 'context', address: { kind: 'ssh' }, ssh: { allowUnknownHostKey: false } });
    expect(local({ DOCKER_CONTEXT: 'default' }).spec).toMatchObject({ name: 'local', address: { socketPath: '/var/run/docker.sock' } });
  });

  it('DOCKER_HOST overrides the context', () => {
    world.context('prod', 'tcp://10.0.0.5:2376', { tls: ['ca', 'cert', 'key'] });
    world.currentContext('prod');
    expect(local({ DOCKER_HOST: 'unix:///tmp/x.sock', DOCKER_CONTEXT: 'prod' }).spec).toMatchObject({ source: 'env', name: 'local', address: { socketPath: '/tmp/x.sock' } });
  });

  it('a context that does not exist is a problem naming who asked for it, and there is no local engine', () => {
    world.context('prod', 'tcp://10.0.0.5:2376', { tls: ['ca', 'cert', 'key'] });
    expect(local({ DOCKER_CONTEXT: 'prd' })).toEqual({ spec: undefined, problems: [{ file: 'DOCKER_CONTEXT', field: '', local: true, message: 'there is no Docker context "prd" (there are: prod; see docker context ls)' }] });
    world.currentContext('gone');
    expect(local().problems).toEqual([{ file: path.join(world.dockerConfigDir, 'config.json'), field: 'currentContext', local: true, message: expect.stringMatching(/no Docker context "gone"/) }]);
  });

  it('a broken config.json is a problem, and the default socket is used (as the Docker CLI does)', () => {
    world.write('home/.docker/config.json', '{"currentContext": ');
    const { spec, problems } = local();
    expect(spec?.address).toMatchObject({ socketPath: '/var/run/docker.sock' });
    expect(problems[0]).toMatchObject({ file: path.join(world.dockerConfigDir, 'config.json'), field: '', message: expect.stringMatching(/^not valid JSON.*default socket$/) });
  });

  it('a broken context metadata file is a problem naming that file', () => {
    const { metaFile } = world.context('prod', 'tcp://10.0.0.5:2376');
    world.write(path.relative(world.root, metaFile), '{"Name": "prod", ');
    expect(local({ DOCKER_CONTEXT: 'prod' }).problems).toEqual([{ file: metaFile, field: '', local: true, message: expect.stringMatching(/^the metadata of context "prod" is not valid JSON/) }]);
  });

  it('DOCKER_CONFIG moves the Docker config directory', () => {
    const other = new TempWorld();
    try {
      other.context('elsewhere', 'unix:///tmp/elsewhere.sock');
      other.currentContext('elsewhere');
      expect(local({ DOCKER_CONFIG: other.dockerConfigDir }).spec).toMatchObject({ name: 'elsewhere', address: { socketPath: '/tmp/elsewhere.sock' } });
    } finally {
      other.remove();
    }
  });
});
