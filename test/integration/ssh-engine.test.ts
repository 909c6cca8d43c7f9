/**
 * An engine reached over ssh://, end to end: a real OpenSSH server that this file starts on
 * 127.0.0.1 (a free port, key login only, its own host key and authorized_keys in a temp directory),
 * whose sessions get DOCKER_HOST pointing at a second engine in its own network namespace (see
 * test/support/second-engine.ts). So what comes back over SSH is provably that engine, not the main one.
 *  - a config entry `ssh://root@127.0.0.1:PORT` with knownHosts and identity loads, and its engine answers;
 *  - an unknown host key is refused (and accepted only with allowUnknownHostKey); a changed key is
 *    refused always; both as engine_unreachable with the fingerprint and the file.
 * Skipped, with the reason printed, without sshd/ssh-keygen or where a second engine cannot run.
 * sshd listens on loopback rather than inside the namespace: reaching a namespace takes a veth pair
 * and addresses on the host, and loopback is where test traffic may go anyway.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { EngineClient } from '@/lib/engine/engine-client';
import { readTopology } from '@/lib/engine/read-topology';
import { loadEngineSpecs } from '@/lib/engine/sources/load-engine-specs';
import type { EngineSpec } from '@/lib/engine/sources/engine-spec';
import { SecondEngine, secondEngineUnsupported } from '../support/second-engine';
import { TEST_LABEL, createNetwork, freeHostPort, newRunId } from '../support/test-engine';

const SSHD = ['/usr/sbin/sshd', '/usr/bin/sshd'].find((f) => fs.existsSync(f));
const unsupported = !SSHD ? 'sshd is not installed (apt-get install openssh-server)'
  : !fs.existsSync('/usr/bin/ssh-keygen') ? 'ssh-keygen is not installed (apt-get install openssh-client)'
  : secondEngineUnsupported();
if (unsupported) console.warn(`[ssh-engine] SKIPPED: ${unsupported}.`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** PIDs whose parent is `pid` (sshd forks one process per connection). */
function childrenOf(pid: number): number[] {
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid ? [Number(d)] : [];
    } catch {
      return [];
    }
  });
}

async function listening(port: number, deadline: number): Promise<void> {
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`sshd did not listen on 127.0.0.1:${port}`);
    await sleep(50);
  }
}

describe.skipIf(unsupported)('an ssh:// engine (real sshd, second engine behind it)', () => {
  const runId = newRunId();
  const label = { [TEST_LABEL]: runId };
  const h2 = new SecondEngine({ id: `s${runId.slice(-7)}`, pool: '10.209.0.0/16' });
  const dir = fs.mkdtempSync('/tmp/nt-ssh-');
  const file = (name: string) => path.join(dir, name);
  let sshd: ChildProcess | null = null;
  let port = 0;
  let log = '';

  const keygen = (name: string) => execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `netatlas-${name}`, '-f', file(name)]);
  const hostLine = (pub: string) => `[127.0.0.1]:${port} ${fs.readFileSync(file(pub), 'utf8').trim()}`;
  /** Engines from a config file naming this sshd, as a user would write it. */
  function configured(entry: Record<string, unknown>): { specs: EngineSpec[]; problems: unknown[] } {
    fs.writeFileSync(file('netatlas.config.json'), JSON.stringify({ local: false, engines: [{ name: 'far', host: `ssh://root@127.0.0.1:${port}`, identity: 'client', ...entry }] }));
    return loadEngineSpecs({ HOME: dir } as unknown as NodeJS.ProcessEnv, { cwd: dir, home: dir });
  }
  const clientFor = (spec: EngineSpec) => new EngineClient(spec.address, { ssh: spec.ssh, timeoutMs: 10_000 });

  beforeAll(async () => {
    await h2.start();
    keygen('host');
    keygen('client');
    keygen('impostor');
    fs.copyFileSync(file('client.pub'), file('authorized_keys'));
    port = await freeHostPort();
    fs.writeFileSync(file('sshd_config'), [
      `Port ${port}`, 'ListenAddress 127.0.0.1', `HostKey ${file('host')}`, `PidFile ${file('sshd.pid')}`,
      `AuthorizedKeysFile ${file('authorized_keys')}`, 'StrictModes no', 'UsePAM no', 'PermitRootLogin prohibit-password',
      'PasswordAuthentication no', 'KbdInteractiveAuthentication no', 'PubkeyAuthentication yes',
      // The session's docker CLI dials the second engine, not the main one.
      `SetEnv DOCKER_HOST=${h2.host}`, '',
    ].join('\n'));
    fs.mkdirSync('/run/sshd', { recursive: true, mode: 0o755 }); // sshd's privilege separation directory
    sshd = spawn(SSHD!, ['-D', '-e', '-f', file('sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
    sshd.stderr!.on('data', (b: Buffer) => { log += b.toString(); });
    await listening(port, Date.now() + 10_000).catch((err: Error) => { throw new Error(`${err.message}\n${log}`); });
  });

  afterAll(async () => {
    if (sshd && sshd.exitCode === null) {
      // The client keeps its SSH connections open a while; end their sshd processes with their parent.
      for (const child of childrenOf(sshd.pid!)) try { process.kill(child, 'SIGTERM'); } catch { /* gone */ }
      sshd.kill('SIGTERM');
      await new Promise((r) => sshd!.once('exit', r));
    }
    await h2.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a config entry with knownHosts and identity reaches the engine behind sshd', async () => {
    fs.writeFileSync(file('known_hosts'), `${hostLine('host.pub')}\n`);
    const { specs, problems } = configured({ knownHosts: 'known_hosts' });
    expect(problems).toEqual([]);
    const client = clientFor(specs[0]);
    const network = `netatlas-ssh-${runId}`;
    await createNetwork(h2.docker, { name: network }, label);
    const [info, networks] = await client.call(async ({ docker, info }) => [info, await docker.listNetworks()] as const);
    expect(info.id).toBe((await h2.docker.info()).ID);
    expect(info.host).toBe(`ssh://root@127.0.0.1:${port}`);
    expect(networks.map((n) => n.Name)).toContain(network);
    const topology = await readTopology(client, specs[0].id);
    expect(topology.networks.map((n) => n.name)).toContain(network);
  });

  it('refuses an unknown host key unless allowUnknownHostKey', async () => {
    fs.writeFileSync(file('empty_known_hosts'), '');
    const refused = await clientFor(configured({ knownHosts: 'empty_known_hosts' }).specs[0]).call(({ info }) => Promise.resolve(info)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'engine_unreachable', message: expect.stringMatching(/SSH host key of \[127\.0\.0\.1\]:\d+ \(ssh-ed25519 SHA256:\S+\) is not in .*empty_known_hosts/) });
    const allowed = clientFor(configured({ knownHosts: 'empty_known_hosts', allowUnknownHostKey: true }).specs[0]);
    await expect(allowed.call(({ info }) => Promise.resolve(info.id))).resolves.toBe((await h2.docker.info()).ID);
  });

  it('always refuses a host key that changed', async () => {
    fs.writeFileSync(file('stale_known_hosts'), `${hostLine('impostor.pub')}\n`);
    const client = clientFor(configured({ knownHosts: 'stale_known_hosts', allowUnknownHostKey: true }).specs[0]);
    const err = await client.call(({ info }) => Promise.resolve(info)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'engine_unreachable', message: expect.stringMatching(/does not match the one in .*stale_known_hosts \(line 1\)/) });
  });
});
