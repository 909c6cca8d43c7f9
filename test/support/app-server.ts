/**
 * The production app as a child process on a loopback port, for the benchmark and any test that needs
 * a real server. It runs `scripts/start.mjs` (what `npm start` runs), so a missing or stale build is
 * built first, exactly as a user would get it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { freeHostPort } from './test-engine';

const ROOT = path.resolve(__dirname, '..', '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface AppServer {
  url: string;
  port: number;
  child: ChildProcess;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s); safe to call twice. */
  stop(): Promise<void>;
}

function tryListen(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(null));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(port)));
  });
}

/** `preferred` when nothing listens there on 127.0.0.1, else a port the kernel picks. */
export async function freePort(preferred: number): Promise<number> {
  return (await tryListen(preferred)) ?? freeHostPort();
}

/** Whether a TCP connection to `address`:`port` succeeds now. */
export function canConnect(port: number, address = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, address);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** The pid of the process that listens on TCP `port` (next start may hand the socket to a child). */
export function listeningPid(port: number): number | null {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = fs.existsSync(table) ? fs.readFileSync(table, 'utf8').split('\n').slice(1) : [];
    for (const line of lines) {
      const f = line.trim().split(/\s+/);
      if (f[3] === '0A' && parseInt(f[1]?.split(':').pop() ?? '', 16) === port) inodes.add(`socket:[${f[9]}]`);
    }
  }
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const fds = fs.readdirSync(`/proc/${pid}/fd`);
      if (fds.some((fd) => inodes.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`)))) return Number(pid);
    } catch {
      /* the process ended, or its fds are not ours to read */
    }
  }
  return null;
}

/** Resident memory of a process in kB (VmRSS), or null when it is gone. */
export function residentKb(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export interface StartOptions {
  /** Address to bind (`HOST`); the server is always reached on 127.0.0.1. Default 127.0.0.1. */
  host?: string;
  /** Overrides of this process's environment; `undefined` removes a variable (e.g. NETATLAS_TOKEN). */
  env?: Record<string, string | undefined>;
}

/**
 * `node scripts/start.mjs` (what `npm start` runs) with HOST, PORT and `env` over this process's
 * environment, without waiting for anything: for tests of how it starts, or refuses to.
 */
export function spawnStartScript(port: number, opts: StartOptions & { stdio?: 'inherit' | 'pipe' } = {}): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: opts.host ?? '127.0.0.1', PORT: String(port) };
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], { cwd: ROOT, env, stdio: opts.stdio ?? 'inherit' });
}

/**
 * Stops a start.mjs child: SIGTERM (it forwards it to `next start` or `next build`), SIGKILL after
 * 10 s, then whatever still listens on its port (next may hand the socket to a child). Safe to call twice.
 */
export async function stopStartScript(child: ChildProcess, port: number): Promise<void> {
  const running = () => child.exitCode === null && child.signalCode === null;
  if (running()) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
  }
  for (const p of [listeningPid(port), running() ? child.pid : null]) if (p) try { process.kill(p, 'SIGKILL'); } catch { /* gone */ }
}

/**
 * Starts the app on `port` (or a free port) and resolves once it accepts connections on 127.0.0.1.
 * Servers of one process should be started one after another: each start builds first when the build
 * is stale, and two builds at once would write over each other's .next.
 */
export async function startAppServer(
  opts: StartOptions & { port?: number; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<AppServer> {
  const port = await freePort(opts.port ?? 3199);
  const child = spawnStartScript(port, opts);
  const running = () => child.exitCode === null && child.signalCode === null;
  const stop = () => stopStartScript(child, port);
  const deadline = Date.now() + (opts.timeoutMs ?? 300_000);
  while (!(await canConnect(port))) {
    if (!running()) throw new Error(`the app server exited (code ${child.exitCode}) before listening on port ${port}`);
    if (Date.now() > deadline || opts.signal?.aborted) {
      await stop();
      if (opts.signal?.aborted) throw new Error('interrupted while starting the app server');
      throw new Error(`the app server did not listen on port ${port} within ${(opts.timeoutMs ?? 300_000) / 1000} s`);
    }
    await sleep(100);
  }
  return { url: `http://127.0.0.1:${port}`, port, child, stop };
}
