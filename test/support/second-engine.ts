/**
 * A second, isolated Docker engine on this machine, for tests that stop and restart an engine. It
 * runs in its own network namespace (its docker0 and iptables chains never touch the main engine's:
 * a second dockerd in the host namespace would), with its data, exec root and socket under one short
 * /tmp directory. Stopped by its PID, never by name; `destroy()` removes everything it made, also
 * after a start that failed half-way. Needs root, nsenter and ip (see {@link secondEngineUnsupported}).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Docker from 'dockerode';
import { DOCKER_CLI } from './test-engine';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^State:\s+Z/m.test(readOr(`/proc/${pid}/status`, ''));
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function onPath(tool: string): boolean {
  return (process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin')
    .split(':')
    .some((dir) => fs.existsSync(path.join(dir, tool)));
}

/** Why a second engine cannot run here, or null when it can. */
export function secondEngineUnsupported(): string | null {
  if (process.platform !== 'linux') return `a second engine needs Linux network namespaces (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'a second engine needs root (network namespace, dockerd)';
  for (const tool of ['nsenter', 'ip', 'dockerd']) if (!onPath(tool)) return `${tool} is not installed`;
  if (!fs.existsSync(DOCKER_CLI)) return `${DOCKER_CLI} is not installed`;
  return null;
}

export interface SecondEngineOptions {
  /** Short id (up to 8 characters) for the directory and network namespace names. */
  id: string;
  /** Where the engine takes network subnets from, e.g. `10.201.0.0/16`. */
  pool?: string;
  /** How long to wait for `start()` to answer. */
  readyTimeoutMs?: number;
}

export class SecondEngine {
  readonly dir: string;
  readonly netns: string;
  readonly socketPath: string;
  readonly host: string;
  readonly docker: Docker;
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private netnsCreated = false;

  constructor(private readonly opts: SecondEngineOptions) {
    if (!/^[a-z0-9]{1,8}$/.test(opts.id)) throw new Error(`second engine id "${opts.id}" must be 1-8 of [a-z0-9]`);
    // libnetwork listens on <exec-root>/libnetwork/<64 hex>.sock: a unix socket path has at most
    // 107 characters, so the exec root must stay under ~26 (hence /tmp/nth2-<id>/x).
    this.dir = `/tmp/nth2-${opts.id}`;
    this.netns = `nt-h2-${opts.id}`;
    this.socketPath = path.join(this.dir, 'docker.sock');
    this.host = `unix://${this.socketPath}`;
    this.docker = new Docker({ socketPath: this.socketPath });
  }

  /** PID of the running dockerd, or null. */
  get pid(): number | null {
    return this.running() ? this.child!.pid ?? null : null;
  }

  private running(): boolean {
    return Boolean(this.child && this.child.exitCode === null && this.child.signalCode === null);
  }

  /** The last lines of the engine's log, for failure messages. */
  logTail(lines = 20): string {
    try {
      return fs.readFileSync(path.join(this.dir, 'log'), 'utf8').trim().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

/**
 * Which dockerd to start: the one on PATH (Debian's 20.10) unless `root` names an extracted engine
 * package (`<root>/usr/sbin/dockerd`, its containerd in `<root>/usr/bin`), with extra environment
 * (`DOCKER_MIN_API_VERSION`) and a data root of its own, so two versions never share one.
 */
  async start(build: { root?: string; env?: Record<string, string>; data?: string } = {}): Promise<void> {
    if (this.running()) return;
    if (!this.netnsCreated) {
      fs.mkdirSync(this.dir, { recursive: true });
      // Who to ask whether this engine is still wanted (see removeStale).
      fs.writeFileSync(path.join(this.dir, 'owner'), String(process.pid));
      execFileSync('ip', ['netns', 'add', this.netns]);
      this.netnsCreated = true;
      execFileSync('nsenter', [`--net=/run/netns/${this.netns}`, 'ip', 'link', 'set', 'lo', 'up']);
    }
    const log = fs.openSync(path.join(this.dir, 'log'), 'a');
    // nsenter without --fork execs dockerd: the child's PID is dockerd's.
    const dockerd = build.root ? path.join(build.root, 'usr/sbin/dockerd') : 'dockerd';
    const env = build.root
      ? { ...process.env, ...build.env, PATH: `${build.root}/usr/bin:${build.root}/usr/sbin:${process.env.PATH ?? ''}` }
      : { ...process.env, ...build.env };
    const child = spawn('nsenter', [
      `--net=/run/netns/${this.netns}`, dockerd,
      '--host', this.host,
      '--data-root', path.join(this.dir, build.data ?? 'data'),
      '--exec-root', path.join(this.dir, 'x'),
      '--pidfile', path.join(this.dir, 'docker.pid'),
      '--default-address-pool', `base=${this.opts.pool ?? '10.201.0.0/16'},size=24`,
    ], { stdio: ['ignore', log, log], env });
    fs.closeSync(log);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.once('error', () => undefined); // reported below as "exited before answering"
    const deadline = Date.now() + (this.opts.readyTimeoutMs ?? 30_000);
    for (;;) {
      if (!this.running()) throw new Error(`the second dockerd exited before answering:\n${this.logTail()}`);
      try {
        await this.docker.ping();
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`the second dockerd did not answer within ${this.opts.readyTimeoutMs ?? 30_000} ms:\n${this.logTail()}`);
        await sleep(100);
      }
    }
  }

  /** SIGTERM to dockerd, then waits for it to exit (SIGKILL after `timeoutMs`). Resolves at once when it is not running. */
  async stop(timeoutMs = 30_000): Promise<void> {
    const child = this.child;
    if (!child || !this.running()) return;
    child.kill('SIGTERM');
    const stopped = await Promise.race([this.exited.then(() => true), sleep(timeoutMs).then(() => false)]);
    if (!stopped) {
      child.kill('SIGKILL');
      await this.exited;
    }
  }

  /** Copies an image from the main engine (DOCKER_HOST) into this one: `docker save | docker -H … load`. */
  async loadImage(ref: string): Promise<void> {
    const save = spawn(DOCKER_CLI, ['save', ref], { stdio: ['ignore', 'pipe', 'pipe'] });
    const load = spawn(DOCKER_CLI, ['-H', this.host, 'load'], { stdio: ['pipe', 'pipe', 'pipe'] });
    save.stdout.pipe(load.stdin);
    const stderr: string[] = [];
    for (const p of [save, load]) p.stderr.on('data', (b: Buffer) => stderr.push(b.toString()));
    const codes = await Promise.all([save, load].map((p) => new Promise<number | null>((r) => p.once('close', r))));
    if (codes.some((c) => c !== 0)) throw new Error(`loading ${ref} into the second engine failed (${codes.join(', ')}): ${stderr.join('')}`);
  }

  /**
   * Removes the second engines of runs that crashed before their teardown: a /tmp/nth2-* directory
   * whose owner process is gone. Its dockerd (by the PID in its pidfile, when that is still a dockerd
   * of this directory) is stopped, then everything else goes as in {@link destroy}.
   */
  static async removeStale(): Promise<string[]> {
    const removed: string[] = [];
    for (const name of fs.readdirSync('/tmp')) {
      const m = /^nth2-([a-z0-9]{1,8})$/.exec(name);
      if (!m) continue;
      const owner = Number(readOr(`/tmp/${name}/owner`, '0'));
      if (owner && processAlive(owner)) continue;
      const engine = new SecondEngine({ id: m[1] });
      const pid = Number(readOr(`/tmp/${name}/docker.pid`, '0'));
      if (pid && readOr(`/proc/${pid}/comm`, '').trim() === 'dockerd' && readOr(`/proc/${pid}/cmdline`, '').includes(engine.dir + '/')) {
        await engine.removeContainers();
        try { process.kill(pid, 'SIGTERM'); } catch { /* gone */ }
        for (let i = 0; i < 200 && processAlive(pid); i++) await sleep(100);
      }
      engine.netnsCreated = fs.existsSync(`/run/netns/${engine.netns}`);
      await engine.destroy();
      removed.push(engine.dir);
    }
    return removed;
  }

  /** PIDs of processes started for this engine (its containerd and shims name the directory). */
  /**
   * Removes every container of the engine, so that their processes end with it: a dockerd stopped with
   * containers left takes longer than its shutdown wait at hundreds of them, and their processes outlive
   * it (990 `sleep`s were found so once). Does nothing when the engine does not answer.
   */
  private async removeContainers(): Promise<void> {
    try {
      const containers = await this.docker.listContainers({ all: true });
      await Promise.all(containers.map((c) => this.docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
    } catch {
      /* not answering: stopping it is all that can be done */
    }
  }

  private strayPids(): number[] {
    const pids: number[] = [];
    for (const entry of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(this.dir + '/')) pids.push(Number(entry));
      } catch {
        /* gone meanwhile */
      }
    }
    return pids.filter((p) => p !== process.pid);
  }

  /**
   * Removes everything: the engine's containers (so their processes end), dockerd, any containerd or
   * shim it left, mounts under the directory, the network namespace and the directory. Safe to call
   * twice and after a failed start.
   */
  async destroy(): Promise<void> {
    if (this.running()) await this.removeContainers();
    await this.stop();
    for (const pid of this.strayPids()) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    const mounts = fs.readFileSync('/proc/self/mountinfo', 'utf8').split('\n')
      .map((line) => line.split(' ')[4])
      .filter((m): m is string => Boolean(m) && m.startsWith(this.dir + '/'))
      .reverse();
    for (const m of mounts) try { execFileSync('umount', ['-l', m], { stdio: 'ignore' }); } catch { /* already gone */ }
    if (this.netnsCreated || fs.existsSync(`/run/netns/${this.netns}`)) {
      try { execFileSync('ip', ['netns', 'delete', this.netns], { stdio: 'ignore' }); } catch { /* already gone */ }
      this.netnsCreated = false;
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
