// npm start: build when the build is missing or stale, then run `next start` on loopback.
// Plain Node ESM without dependencies, so it works right after `npm ci`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compileHints from './compile-hints.cjs';
import tokenRule from './token-rule.cjs';

const { tokenProblem } = tokenRule;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const SOURCES = ['app', 'components', 'lib', 'public', 'proxy.ts', 'instrumentation.ts', 'scripts/peer-stamp.cjs', 'scripts/token-rule.cjs', 'scripts/compile-hints.cjs', 'next.config.js', 'package.json',
  'package-lock.json', 'tsconfig.json', 'tsconfig.app.json', 'postcss.config.mjs'];

// Brackets are URL syntax, not part of the address: `next start -H` wants a bare ::1.
const host = (process.env.HOST?.trim() || '127.0.0.1').replace(/^\[|\]$/g, '');
const port = process.env.PORT?.trim() || '3000';

function fail(message) {
  console.error(`netatlas: ${message}`);
  process.exit(1);
}

/** 127.0.0.0/8, ::1 (BlockList also matches ::ffff:127.x) and the name localhost. */
function isLoopback(name) {
  if (name.toLowerCase() === 'localhost') return true;
  const loopback = new net.BlockList();
  loopback.addSubnet('127.0.0.0', 8, 'ipv4');
  loopback.addAddress('::1', 'ipv6');
  const family = net.isIP(name);
  return family !== 0 && loopback.check(name, family === 4 ? 'ipv4' : 'ipv6');
}

/** Newest modification time (ms) of a file, or of any file below a directory; 0 when missing. */
function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((max, entry) => Math.max(max, newestMtime(path.join(p, entry))), stat.mtimeMs);
}

function buildIsCurrent() {
  const built = newestMtime(path.join(root, '.next', 'BUILD_ID'));
  return built > 0 && SOURCES.every((s) => newestMtime(path.join(root, s)) <= built);
}

let child = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => (child ? child.kill(signal) : process.exit(128 + os.constants.signals[signal])));
}

/** Runs a command with inherited stdio; resolves with its exit code (128+n when killed by signal n). */
function run(cmd, args) {
  return new Promise((resolve, reject) => {
    child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      child = null;
      resolve(code ?? 128 + (os.constants.signals[signal] ?? 0));
    });
  });
}

if (!isLoopback(host) && !process.env.NETATLAS_TOKEN) {
  fail(
    `refusing to listen on HOST=${host}, which is not a loopback address.\n` +
      'netatlas controls the Docker engine, and control of the Docker engine is root on this host:\n' +
      'anyone who can reach the dashboard could take over the machine.\n' +
      'Use HOST=127.0.0.1 (the default) and an SSH tunnel, or require a token: NETATLAS_TOKEN=$(openssl rand -hex 32)',
  );
}
const tokenRefusal = tokenProblem(process.env.NETATLAS_TOKEN);
if (tokenRefusal) fail(tokenRefusal);
if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) fail(`PORT=${port} is not a port number (1-65535).`);

if (!buildIsCurrent()) {
  console.log('netatlas: no current build in .next, building first (next build)...');
  const code = await run(bin('next'), ['build']);
  if (code !== 0) fail(`next build failed (exit ${code}).`);
}
// Also after a plain `next build`: marking is idempotent and reads ~1.5 MB.
compileHints.markChunks();

const urlHost = net.isIPv6(host) ? `[${host}]` : host;
const dockerHost = process.env.DOCKER_HOST?.trim() || 'unix:///var/run/docker.sock';
const configFile = process.env.NETATLAS_CONFIG?.trim() || (fs.existsSync('netatlas.config.json') ? 'netatlas.config.json' : '');
const engines = configFile ? `DOCKER_HOST=${dockerHost} or the current context, and the engines of ${configFile}` : `DOCKER_HOST=${dockerHost}`;
console.log(`netatlas: serving http://${urlHost}:${port} (${engines})`);
// The preload stamps each request with its connection's address from the first byte on (instrumentation.ts
// installs the same stamp, but only once Next has loaded the app; see scripts/peer-stamp.cjs).
// NODE_OPTIONS reaches any process next forks.
const preload = `--require=${JSON.stringify(path.join(root, 'scripts', 'peer-stamp.cjs'))}`;
process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' ');
process.exit(await run(bin('next'), ['start', '-H', host, '-p', port]));
