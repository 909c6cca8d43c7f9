/**
 * Test-side helpers for the real engine: build the tiny busybox image, create labelled networks and
 * containers, and remove everything a run created (also on failure). Used by the integration tests,
 * the e2e setup, the benchmark and the demo. Every resource carries the label `netatlas.test=<runId>`
 * (demo: `netatlas.demo`) and a name prefix, so a developer's own containers are never touched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';

export const TEST_LABEL = 'netatlas.test';
export const TEST_IMAGE = process.env.NETATLAS_TEST_IMAGE || 'netatlas-test/busybox:local';

/** A dockerode client for DOCKER_HOST (or the default socket). */
export function engine(host = process.env.DOCKER_HOST): Docker {
  const h = host || 'unix:///var/run/docker.sock';
  if (h.startsWith('unix://')) return new Docker({ socketPath: h.slice(7) });
  const url = new URL(h.replace(/^tcp:/, 'http:'));
  return new Docker({ host: url.hostname, port: Number(url.port || 2375) });
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
}

/** Creates one labelled network. */
export async function createNetwork(docker: Docker, spec: NetworkSpec, label: Record<string, string>) {
  return docker.createNetwork({
    Name: spec.name,
    Driver: 'bridge',
    CheckDuplicate: true,
    Internal: spec.internal ?? false,
    Labels: { ...label, ...(spec.labels ?? {}) },
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
    Env: spec.env,
    Labels: { ...label, ...(spec.labels ?? {}) },
    ExposedPorts: exposed,
    HostConfig: { NetworkMode: networkMode, PortBindings: spec.ports ?? {}, Init: false },
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
