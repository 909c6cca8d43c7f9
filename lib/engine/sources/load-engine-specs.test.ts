import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TempWorld } from './__fixtures__/temp-world';
import { describeProblem } from './describe-problem';
import { loadEngineSpecs } from './load-engine-specs';

let world: TempWorld;
beforeEach(() => { world = new TempWorld(); });
afterEach(() => world.remove());

const load = (vars: Record<string, string> = {}) => loadEngineSpecs(world.env(vars), { cwd: world.cwd, home: world.home });
const configFile = () => path.join(world.cwd, 'netatlas.config.json');
const pem = (name: string) => world.write(path.join('work', 'certs', name), '-----BEGIN-----\n');

describe('loadEngineSpecs: the config file', () => {
  it('reads a good file: unix, tcp with TLS (paths relative to the file), ssh, plain tcp to loopback', () => {
    ['ca.pem', 'cert.pem', 'key.pem'].forEach(pem);
    const id = world.write('work/keys/deploy', 'KEY');
    world.config({
      engines: [
        { name: 'edge-1', host: 'unix:///run/edge.sock' },
        { name: 'DB Host', host: 'tcp://10.0.0.5:2376', tls: { ca: 'certs/ca.pem', cert: 'certs/cert.pem', key: 'certs/key.pem' } },
        { name: 'far', host: 'ssh://ops@far.example:2222', identity: 'keys/deploy', allowUnknownHostKey: true },
        { name: 'tunnel', host: 'tcp://127.0.0.1:23750' },
      ],
    });
    const { specs, problems } = load();
    expect(problems).toEqual([]);
    expect(specs.map((s) => [s.id, s.name, s.source])).toEqual([
      ['default', 'local', 'env'], ['edge-1', 'edge-1', 'config'], ['db-host', 'DB Host', 'config'], ['far', 'far', 'config'], ['tunnel', 'tunnel', 'config'],
    ]);
    expect(specs[2]).toMatchObject({
      origin: `${configFile()} engines[1]`,
      address: { kind: 'tcp', host: '10.0.0.5', port: 2376, tls: true },
      tls: { ca: path.join(world.cwd, 'certs/ca.pem'), cert: path.join(world.cwd, 'certs/cert.pem'), key: path.join(world.cwd, 'certs/key.pem'), verify: true },
    });
    expect(specs[3]).toMatchObject({
      address: { kind: 'ssh', host: 'far.example', port: 2222, username: 'ops' },
      ssh: { knownHostsFile: path.join(world.home, '.ssh/known_hosts'), allowUnknownHostKey: true, identityFile: id },
    });
    expect(specs[4].address).toMatchObject({ kind: 'tcp', tls: false });
  });

  it('a missing default file is no problem; a missing NETATLAS_CONFIG file is one', () => {
    expect(load()).toEqual({ specs: [expect.objectContaining({ id: 'default' })], problems: [] });
    const { specs, problems } = load({ NETATLAS_CONFIG: 'conf/engines.json' });
    expect(specs.map((s) => s.id)).toEqual(['default']);
    expect(problems).toEqual([{ file: path.join(world.cwd, 'conf/engines.json'), field: '', message: 'NETATLAS_CONFIG names this file, but it does not exist' }]);
  });

  it('NETATLAS_CONFIG picks the file (relative to the working directory)', () => {
    world.config({ engines: [{ name: 'a', host: 'unix:///a.sock' }] }, 'other.json');
    expect(load({ NETATLAS_CONFIG: 'other.json' }).specs.map((s) => s.id)).toEqual(['default', 'a']);
  });

  it('invalid JSON is one problem naming the file, the line and the column; the local engine still loads', () => {
    world.config('{\n  "engines": [\n    {"name": "a" "host": "unix:///a.sock"}\n  ]\n}\n');
    const { specs, problems } = load();
    expect(specs.map((s) => s.id)).toEqual(['default']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: configFile(), field: '' });
    expect(problems[0].message).toMatch(/^not valid JSON at line 3, column 18 \(.+\); no engine of this file is loaded$/);
  });

  it('a bad field is a problem naming engines[i].field and the engine, and the other entries load', () => {
    world.config({ engines: [
      { name: 'good-1', host: 'unix:///a.sock' },
      { name: 'bad', host: 42 },
      { name: 'worse', host: 'unix:///c.sock', tls: { ca: 'x' }, knownhosts: 'typo' },
      { host: 'unix:///d.sock' },
      'not an entry',
      { name: 'good-2', host: 'unix:///b.sock' },
    ] });
    const { specs, problems } = load();
    expect(specs.map((s) => s.id)).toEqual(['default', 'good-1', 'good-2']);
    expect(problems.map((p) => [p.field, p.name, p.message])).toEqual([
      ['engines[1].host', 'bad', 'must be a string'],
      ['engines[2].tls.cert', 'worse', 'is required'],
      ['engines[2].tls.key', 'worse', 'is required'],
      ['engines[2].knownhosts', 'worse', 'unknown field (allowed: name, host, context, tls, knownHosts, allowUnknownHostKey, identity)'],
      ['engines[3].name', undefined, 'is required'],
      ['engines[4]', undefined, expect.stringMatching(/^must be an object like/)],
    ]);
    expect(problems.every((p) => p.file === configFile())).toBe(true);
  });

  it('refuses plain tcp:// to a host other than loopback, saying why and how to fix it', () => {
    world.config({ engines: [{ name: 'db', host: 'tcp://10.0.0.5:2375' }, { name: 'lan', host: 'tcp://docker.lan' }] });
    const { specs, problems } = load();
    expect(specs.map((s) => s.id)).toEqual(['default']);
    expect(problems[0]).toMatchObject({ field: 'engines[0].host', name: 'db' });
    expect(problems[0].message).toMatch(/^tcp:\/\/10\.0\.0\.5:2375: plain tcp:\/\/ has no encryption and no login.*only to loopback.*add "tls"/);
    expect(problems[1].field).toBe('engines[1].host');
  });

  it('an unknown scheme is a problem on the host field', () => {
    world.config({ engines: [{ name: 'h', host: 'http://10.0.0.5:2375' }, { name: 'p', host: 'npipe:////./pipe/docker_engine' }] });
    expect(load().problems.map((p) => [p.field, p.message])).toEqual([
      ['engines[0].host', '"http://10.0.0.5:2375" is not usable: the scheme must be unix://, tcp:// or ssh://'],
      ['engines[1].host', '"npipe:////./pipe/docker_engine" is not usable: Windows named pipes are not supported'],
    ]);
  });

  it('duplicate names and ids: the first keeps it; "default" and empty ids are refused', () => {
    world.config({ engines: [
      { name: 'DB Host', host: 'unix:///a.sock' },
      { name: 'db-host', host: 'unix:///b.sock' },
      { name: 'DB Host', host: 'unix:///c.sock' },
      { name: 'Default', host: 'unix:///d.sock' },
      { name: '***', host: 'unix:///e.sock' },
    ] });
    const { specs, problems } = load();
    expect(specs.map((s) => s.id)).toEqual(['default', 'db-host']);
    expect(problems.map((p) => [p.field, p.name])).toEqual([
      ['engines[1].name', 'db-host'], ['engines[2].name', 'DB Host'], ['engines[3].name', 'Default'], ['engines[4].name', '***'],
    ]);
    expect(problems[0].message).toBe(`gives the id "db-host", already taken by "DB Host" (${configFile()} engines[0]); give each engine its own name`);
    expect(problems[2].message).toMatch(/id "default", which belongs to the local engine/);
    expect(problems[3].message).toMatch(/no usable id/);
  });

  it('the same engine listed twice is kept once, with a problem saying so', () => {
    world.config({ engines: [
      { name: 'again', host: 'unix:///var/run/docker.sock' },
      { name: 'db', host: 'tcp://127.0.0.1:2375' },
      { name: 'db-too', host: 'tcp://127.0.0.1:2375' },
    ] });
    const { specs, problems } = load();
    expect(specs.map((s) => s.id)).toEqual(['default', 'db']);
    expect(problems.map((p) => [p.field, p.name, p.message])).toEqual([
      ['engines[0].host', 'again', 'unix:///var/run/docker.sock is the engine already listed as "local" (default socket (no DOCKER_HOST, no current context)); netatlas lists each engine once, so this entry is left out'],
      ['engines[2].host', 'db-too', expect.stringMatching(/already listed as "db"/)],
    ]);
  });

  it('"local": false leaves the local engine out (and frees its socket for an entry)', () => {
    world.config({ local: false, engines: [{ name: 'here', host: 'unix:///var/run/docker.sock' }] });
    expect(load()).toEqual({ specs: [expect.objectContaining({ id: 'here', source: 'config' })], problems: [] });
  });

  it('top-level mistakes are named, and the rest of the file still counts', () => {
    world.config({ local: 'no', engine: [], engines: [{ name: 'a', host: 'unix:///a.sock' }] });
    const { specs, problems } = load();
    expect(specs.map((s) => s.id)).toEqual(['default', 'a']);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['engine', 'unknown field (allowed at the top: engines, local)'],
      ['local', 'must be true or false'],
    ]);
    world.config(['not', 'an', 'object']);
    expect(load().problems[0]).toMatchObject({ field: '', message: expect.stringMatching(/must be a JSON object like/) });
  });

  it('host and context: exactly one', () => {
    world.config({ engines: [{ name: 'both', host: 'unix:///a.sock', context: 'prod' }, { name: 'neither' }] });
    expect(load().problems.map((p) => [p.field, p.message])).toEqual([
      ['engines[0].context', 'give either host or context, not both'],
      ['engines[1].host', 'is required (or give "context": the name of a Docker CLI context)'],
    ]);
  });

  it('options that do not fit the scheme are named', () => {
    world.config({ engines: [
      { name: 'sock', host: 'unix:///a.sock', tls: { ca: 'a', cert: 'b', key: 'c' } },
      { name: 'tcp', host: 'tcp://127.0.0.1:2375', knownHosts: 'kh', identity: 'id' },
    ] });
    expect(load().problems.map((p) => [p.field, p.message])).toEqual([
      ['engines[0].tls', 'only applies to tcp:// hosts'],
      ['engines[1].knownHosts', 'only applies to ssh:// hosts'],
      ['engines[1].identity', 'only applies to ssh:// hosts'],
    ]);
  });

  it('TLS, known_hosts and identity files that cannot be read are named', () => {
    pem('ca.pem');
    world.config({ engines: [
      { name: 'db', host: 'tcp://10.0.0.5:2376', tls: { ca: 'certs/ca.pem', cert: 'certs/cert.pem', key: '/nonexistent/key.pem', verify: false } },
      { name: 'far', host: 'ssh://far', knownHosts: '~/kh', identity: 'certs' },
    ] });
    expect(load().problems.map((p) => [p.field, p.message])).toEqual([
      ['engines[0].tls.cert', `cannot read ${path.join(world.cwd, 'certs/cert.pem')} (it does not exist)`],
      ['engines[0].tls.key', 'cannot read /nonexistent/key.pem (it does not exist)'],
      ['engines[1].knownHosts', `cannot read ${path.join(world.home, 'kh')} (it does not exist)`],
      ['engines[1].identity', `cannot read ${path.join(world.cwd, 'certs')} (it is a directory)`],
    ]);
  });

  it('an entry can name a Docker context; its endpoint and TLS come from there', () => {
    const { tlsDir } = world.context('prod', 'tcp://10.0.0.5:2376', { tls: ['ca', 'cert', 'key'] });
    world.context('lan', 'tcp://10.0.0.6:2375');
    world.config({ engines: [{ name: 'prod', context: 'prod' }, { name: 'lan', context: 'lan' }, { name: 'gone', context: 'gone' }, { name: 'x', context: 'prod', tls: { ca: 'a', cert: 'b', key: 'c' } }] });
    const { specs, problems } = load();
    expect(specs[1]).toMatchObject({ id: 'prod', source: 'config', origin: `${configFile()} engines[0] (context "prod")`, address: { host: '10.0.0.5', tls: true }, tls: { ca: path.join(tlsDir, 'ca.pem'), verify: true } });
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['engines[1].context', expect.stringMatching(/^tcp:\/\/10\.0\.0\.6:2375: plain tcp:\/\/.*docker context update lan/)],
      ['engines[2].context', 'there is no Docker context "gone" (there are: lan, prod; see docker context ls)'],
      ['engines[3].tls', expect.stringMatching(/^comes from context "prod"/)],
    ]);
  });

  it('problems read as one line each', () => {
    world.config({ engines: [{ name: 'bad', host: 'tcp://10.0.0.5:2375' }] });
    expect(describeProblem(load().problems[0])).toMatch(new RegExp(`^${configFile().replace(/[.]/g, '\\.')} engines\\[0\\]\\.host \\("bad"\\): tcp://`));
    expect(describeProblem({ file: 'DOCKER_HOST', field: '', message: 'x' })).toBe('DOCKER_HOST: x');
  });
});
