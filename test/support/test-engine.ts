/**
 * Test-side helpers for the real engine: build the tiny busybox image, create labelled networks and
 * containers, and remove everything a run created (also on failure). Used by the integration tests,
 * the e2e setup, the benchmark and the demo. Every resource carries the label `netatlas.test=<runId>`
 * (demo: `netatlas.demo`) and a name prefix, so a developer's own containers are never touched.
 */
import dgram from 'node:dgram';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';

export const TEST_LABEL = 'netatlas.test';
/** Second label shared by every file of one test run, so a run's teardown finds what its files left. */
export const TEST_SESSION_LABEL = 'netatlas.test.session';
export const TEST_IMAGE = process.env.NETATLAS_TEST_IMAGE || 'netatlas-test/busybox:local';
/**
 * The docker CLI for tests that act as a user: Debian's client matches dockerd 20.10 (/usr/local/bin/docker
 * may not); against the current engine (Engine 29's 1.44 floor refuses that client) scripts/test.sh passes
 * the matching client in NETATLAS_DOCKER_CLI.
 */
export const DOCKER_CLI = process.env.NETATLAS_DOCKER_CLI || '/usr/bin/docker';

/**
 * Who created a test resource: `<host>/<pid>`. Lets a cleanup tell a crashed run's leftovers (owner
 * gone) from the resources of a run that is still going on next door (a benchmark, another suite).
 */
export const TEST_OWNER_LABEL = 'netatlas.test.owner';
const OWNER = `${os.hostname()}/${process.pid}`;

/**
 * Labels for a test resource: the run's own, plus the owner when it is a `netatlas.test` resource.
 * Exported for resources a test creates by other means (the docker CLI), so a concurrent run's
 * leftover cleanup does not take them for a crashed run's.
 */
export function withOwner(label: Record<string, string>, extra: Record<string, string> = {}): Record<string, string> {
  return { ...(TEST_LABEL in label ? { [TEST_OWNER_LABEL]: OWNER } : {}), ...label, ...extra };
}

/** A dockerode client for DOCKER_HOST (or the default socket), optionally pinned to an API version (`1.41`). */
export function engine(host = process.env.DOCKER_HOST, apiVersion?: string): Docker {
  const h = host || 'unix:///var/run/docker.sock';
  const version = apiVersion ? { version: `v${apiVersion}` } : {};
  if (h.startsWith('unix://')) return new Docker({ socketPath: h.slice(7), ...version });
  const url = new URL(h.replace(/^tcp:/, 'http:'));
  return new Docker({ host: url.hostname, port: Number(url.port || 2375), ...version });
}

/** A fresh id for one run; names are `<prefix>-<runId>-<name>`. */
export function newRunId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

async function follow(docker: Docker, stream: NodeJS.ReadableStream): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    docker.modem.followProgress(stream, (err: Error | null, out: Array<{ error?: string }>) => {
      const failed = out?.find((o) => o.error);
      if (err || failed) reject(err ?? new Error(failed?.error));
      else resolve();
    }),
  );
}

/** True when the engine has an image named `ref`. */
export async function imageExists(docker: Docker, ref: string): Promise<boolean> {
  try {
    await docker.getImage(ref).inspect();
    return true;
  } catch {
    return false;
  }
}

/** Pulls `ref` from its registry; rejects with the engine's message when the pull fails. */
export async function pullImage(docker: Docker, ref: string): Promise<void> {
  await follow(docker, await docker.pull(ref));
}

/**
 * Makes sure `tag` exists: builds it FROM scratch with the host's static busybox (no registry is
 * needed), or pulls `busybox` when there is no /bin/busybox (e.g. a Mac with Docker Desktop).
 */
export async function ensureImage(docker: Docker, tag = TEST_IMAGE, labels: Record<string, string> = {}): Promise<void> {
  if (await imageExists(docker, tag)) return;
  const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((p) => fs.existsSync(p));
  if (!busybox) {
    await pullImage(docker, 'busybox:latest');
    await docker.getImage('busybox:latest').tag({ repo: tag.split(':')[0], tag: tag.split(':')[1] ?? 'latest' });
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netatlas-img-'));
  try {
    fs.copyFileSync(busybox, path.join(dir, 'busybox'));
    fs.writeFileSync(
      path.join(dir, 'Dockerfile'),
      'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox","--install","-s","/bin"]\nCMD ["/bin/sh"]\n',
    );
    const stream = await docker.buildImage({ context: dir, src: ['Dockerfile', 'busybox'] }, { t: tag, labels });
    await follow(docker, stream);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface NetworkSpec {
  name: string;
  subnet?: string;
  internal?: boolean;
  labels?: Record<string, string>;
}

export interface ContainerSpec {
  name: string;
  /** First network (or `bridge`, `host`, `none`, `container:<name>`). */
  networkMode?: string;
  /** More networks to connect after create, with aliases. */
  networks?: Array<{ name: string; aliases?: string[]; ipv4?: string }>;
  aliases?: string[];
  /** `-p` style: { '5432/tcp': [{ HostIp: '127.0.0.1', HostPort: '15432' }] } */
  ports?: Record<string, Array<{ HostIp?: string; HostPort?: string }>>;
  expose?: string[];
  env?: string[];
  labels?: Record<string, string>;
  cmd?: string[];
  image?: string;
  start?: boolean;
  /**
   * DNS servers for the container (`--dns`). Tests pass {@link LOCAL_ONLY_DNS} so that a lookup the
   * embedded DNS cannot answer goes nowhere instead of to the host's upstream resolver.
   */
  dns?: string[];
  hostname?: string;
  /** Seconds `docker stop` (and an engine shutting down) waits before SIGKILL; the engine's default is 10. */
  stopTimeout?: number;
  /** Legacy `--link name:alias` (default bridge only). */
  links?: string[];
}

/**
 * A DNS server list that keeps every lookup inside the container: the embedded DNS answers the names
 * it knows and forwards the rest to 127.0.0.1 in the container, where nothing listens.
 */
export const LOCAL_ONLY_DNS = ['127.0.0.1'];

/** Creates one labelled network. */
export async function createNetwork(docker: Docker, spec: NetworkSpec, label: Record<string, string>) {
  return docker.createNetwork({
    Name: spec.name,
    Driver: 'bridge',
    CheckDuplicate: true,
    Internal: spec.internal ?? false,
    Labels: withOwner(label, spec.labels),
    ...(spec.subnet ? { IPAM: { Driver: 'default', Config: [{ Subnet: spec.subnet }] } } : {}),
  });
}

/** Creates (and by default starts) one labelled container running `sleep infinity`. */
export async function createContainer(docker: Docker, spec: ContainerSpec, label: Record<string, string>) {
  const networkMode = spec.networkMode ?? 'bridge';
  const exposed: Record<string, object> = {};
  for (const p of [...Object.keys(spec.ports ?? {}), ...(spec.expose ?? [])]) exposed[p] = {};
  const userDefined = !['bridge', 'host', 'none', 'default'].includes(networkMode) && !networkMode.startsWith('container:');
  const container = await docker.createContainer({
    name: spec.name,
    Image: spec.image ?? TEST_IMAGE,
    Cmd: spec.cmd ?? ['sleep', 'infinity'],
    ...(spec.hostname ? { Hostname: spec.hostname } : {}),
    ...(spec.stopTimeout !== undefined ? { StopTimeout: spec.stopTimeout } : {}),
    Env: spec.env,
    Labels: withOwner(label, spec.labels),
    ExposedPorts: exposed,
    HostConfig: { NetworkMode: networkMode, PortBindings: spec.ports ?? {}, Init: false, ...(spec.dns ? { Dns: spec.dns } : {}), ...(spec.links ? { Links: spec.links } : {}) },
    ...(userDefined && spec.aliases ? { NetworkingConfig: { EndpointsConfig: { [networkMode]: { Aliases: spec.aliases } } } } : {}),
  });
  for (const n of spec.networks ?? []) {
    await docker.getNetwork(n.name).connect({
      Container: container.id,
      EndpointConfig: { Aliases: n.aliases, ...(n.ipv4 ? { IPAMConfig: { IPv4Address: n.ipv4 } } : {}) },
    });
  }
  if (spec.start !== false) await container.start();
  return container;
}

/** Runs a command in a container and returns its combined output and exit code. */
export async function exec(docker: Docker, container: string, cmd: string[]): Promise<{ output: string; exitCode: number }> {
  const e = await docker.getContainer(container).exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true });
  const stream = await e.start({ hijack: true, stdin: false });
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    const sink = { write: (b: Buffer) => { chunks.push(Buffer.from(b)); return true; } } as unknown as NodeJS.WritableStream;
    docker.modem.demuxStream(stream, sink, sink);
    stream.on('end', () => resolve());
    stream.on('error', reject);
  });
  const info = await e.inspect();
  return { output: Buffer.concat(chunks).toString('utf8'), exitCode: info.ExitCode ?? -1 };
}

/** What busybox `nslookup` answered: the addresses listed for the name (the server's own lines left out). */
export interface Lookup {
  resolved: boolean;
  addresses: string[];
  output: string;
}

/**
 * Parses busybox nslookup output: the `Server:`/`Address:` header names the resolver (127.0.0.11),
 * the answers follow a `Name:` line as `Address: <ip>`. Exit code 1 and no answer mean "not found"
 * (NXDOMAIN, or a time-out when nothing would answer).
 */
export function parseNslookup(output: string): string[] {
  const addresses: string[] = [];
  let inAnswer = false;
  for (const line of output.split('\n')) {
    if (/^Name:/.test(line)) inAnswer = true;
    const m = /^Address(?:\s+\d+)?:\s*(\S+)/.exec(line);
    if (m && inAnswer && !m[1].startsWith('127.0.0.11')) addresses.push(m[1]);
  }
  return [...new Set(addresses)];
}

/** Runs `nslookup <name>` inside container `from`. */
export async function nslookup(docker: Docker, from: string, name: string): Promise<Lookup> {
  const { output, exitCode } = await exec(docker, from, ['nslookup', name]);
  const addresses = parseNslookup(output);
  return { resolved: exitCode === 0 && addresses.length > 0, addresses, output };
}

/** Whether one `ping -c1 -W1 <target>` from inside container `from` gets an answer. */
export async function ping(docker: Docker, from: string, target: string): Promise<{ ok: boolean; output: string }> {
  const { output, exitCode } = await exec(docker, from, ['ping', '-c1', '-W1', target]);
  return { ok: exitCode === 0, output };
}

function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}

/** Whether two IPv4 CIDRs share an address (the shorter prefix decides). */
function overlaps(a: string, b: string): boolean {
  const [ipA, lenA] = a.split('/');
  const [ipB, lenB] = b.split('/');
  const len = Math.min(Number(lenA), Number(lenB));
  const mask = len === 0 ? 0 : (~0 << (32 - len)) >>> 0;
  return ((ipv4ToInt(ipA) & mask) >>> 0) === ((ipv4ToInt(ipB) & mask) >>> 0);
}

function freeOn(kind: 'tcp' | 'udp', port: number): Promise<number> {
  return new Promise((resolve) => {
    if (kind === 'tcp') {
      const server = net.createServer();
      server.once('error', () => resolve(0));
      server.listen(port, '0.0.0.0', () => {
        const got = (server.address() as net.AddressInfo).port;
        server.close(() => resolve(got));
      });
    } else {
      const socket = dgram.createSocket('udp4');
      socket.once('error', () => resolve(0));
      socket.bind(port, '0.0.0.0', () => {
        const got = socket.address().port;
        socket.close(() => resolve(got));
      });
    }
  });
}

/**
 * A host port that is free for both TCP and UDP right now (the kernel picks it), to publish a
 * container port on without colliding with anything already listening.
 */
export async function freeHostPort(): Promise<number> {
  for (let i = 0; i < 20; i++) {
    const port = await freeOn('tcp', 0);
    if (port && (await freeOn('udp', port)) === port) return port;
  }
  throw new Error('no free host port found');
}

/**
 * A /24 under `base` (e.g. `10.231`) that no network on the engine overlaps. Explicit subnets keep
 * tests from draining the engine's default address pools (about 30 networks on a stock engine).
 */
export async function freeSubnet(docker: Docker, base = '10.231'): Promise<string> {
  const networks = await docker.listNetworks();
  const used = networks.flatMap((n) => (n.IPAM?.Config ?? []).map((c) => c.Subnet ?? '')).filter((s) => /^\d+\.\d+\.\d+\.\d+\/\d+$/.test(s));
  const start = Math.floor(Math.random() * 256);
  for (let i = 0; i < 256; i++) {
    const subnet = `${base}.${(start + i) % 256}.0/24`;
    if (!used.some((u) => overlaps(u, subnet))) return subnet;
  }
  throw new Error(`no free /24 left under ${base}.0.0/16`);
}

/**
 * Removes every container and network carrying `key` (and `value`, when given): containers first
 * (forced), then networks. Safe to call twice and on a half-created topology.
 */
export async function removeLabelled(docker: Docker, key = TEST_LABEL, value?: string): Promise<{ containers: number; networks: number }> {
  const filter = JSON.stringify({ label: [value ? `${key}=${value}` : key] });
  const containers = await docker.listContainers({ all: true, filters: filter });
  await Promise.all(containers.map((c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
  const networks = await docker.listNetworks({ filters: filter });
  for (const n of networks) await docker.getNetwork(n.Id).remove().catch(() => undefined);
  return { containers: containers.length, networks: networks.length };
}

/** No test run lasts this long: anything older is a leftover whoever created it. */
const LEFTOVER_AGE_MS = 6 * 60 * 60 * 1000;

function ownerAlive(owner: string | undefined): boolean {
  if (!owner) return false;
  const [host, pid] = owner.split('/');
  if (host !== os.hostname()) return true; // another machine's run: not ours to judge
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isLeftover(labels: Record<string, string> | undefined, createdMs: number): boolean {
  return Date.now() - createdMs > LEFTOVER_AGE_MS || !ownerAlive(labels?.[TEST_OWNER_LABEL]);
}

/**
 * Removes the `netatlas.test` resources that crashed runs left behind: those whose creating process
 * is gone (or that carry no owner, or are older than any run), and keeps those of runs still going.
 */
export async function removeLeftovers(docker: Docker): Promise<{ containers: number; networks: number; kept: number }> {
  const filter = JSON.stringify({ label: [TEST_LABEL] });
  const containers = (await docker.listContainers({ all: true, filters: filter }))
    .filter((c) => isLeftover(c.Labels, c.Created * 1000));
  await Promise.all(containers.map((c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
  const all = await docker.listNetworks({ filters: filter });
  const networks = all.filter((n) => isLeftover(n.Labels, Date.parse(n.Created)));
  for (const n of networks) await docker.getNetwork(n.Id).remove().catch(() => undefined);
  const stillThere = await docker.listContainers({ all: true, filters: filter });
  return { containers: containers.length, networks: networks.length, kept: stillThere.length + all.length - networks.length };
}

/** Fails with a clear message (and the fix) when no engine answers at DOCKER_HOST. */
export async function requireEngine(docker: Docker): Promise<void> {
  try {
    await docker.ping();
  } catch (err) {
    const host = process.env.DOCKER_HOST || 'unix:///var/run/docker.sock';
    throw new Error(`No Docker engine answers at ${host} (${(err as Error).message}). Run scripts/ensure-engine.sh first.`);
  }
}
