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

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
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

/** Starts the app on 127.0.0.1:`port` (or a free port) and resolves once it accepts connections. */
export async function startAppServer(
  opts: { port?: number; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<AppServer> {
  const port = await freePort(opts.port ?? 3199);
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: 'inherit',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (running()) child.kill('SIGTERM'); // start.mjs forwards it to next start
    await Promise.race([exited, sleep(10_000)]);
    for (const p of [listeningPid(port), running() ? child.pid : null]) if (p) try { process.kill(p, 'SIGKILL'); } catch { /* gone */ }
  };
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
