/**
 * `npm start` (scripts/start.mjs) refuses a non-loopback HOST without NETATLAS_TOKEN, and a
 * NETATLAS_TOKEN shorter than 32 characters on any HOST: it exits non-zero before building or binding
 * anything, and says why and what to do. The other half (it does start on 0.0.0.0 with a token of 32
 * characters) is in perimeter-token.test.ts, whose server runs that way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canConnect, listeningPid, spawnStartScript, stopStartScript } from '../support/app-server';
import { freeHostPort } from '../support/test-engine';
import { CLEAN_PERIMETER_ENV } from './support/perimeter';

/** Long enough for any machine; a refusal takes well under a second (it happens before the build check). */
const EXIT_BOUND_MS = 20_000;
const ROOT = path.resolve(__dirname, '..', '..');

interface Outcome {
  /** Exit code, or null when it was still running after EXIT_BOUND_MS (then it was killed). */
  code: number | null;
  output: string;
}

/** How a started process ended: its code once its output is all in ('close'), null when it outlived EXIT_BOUND_MS. */
async function outcome(child: ChildProcess): Promise<Outcome> {
  let output = '';
  child.stdout!.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), EXIT_BOUND_MS);
    child.once('close', (c) => { clearTimeout(timer); resolve(c ?? 128); }); // no code: killed by a signal
  });
  return { code, output };
}

describe('start.mjs refuses a non-loopback HOST without a token, and a short token', () => {
  const started: Array<{ child: ChildProcess; port: number }> = [];
  // A start that was not refused (the test fails) must not outlive it.
  afterEach(async () => {
    for (const { child, port } of started.splice(0)) await stopStartScript(child, port);
  }, 30_000);

  async function start(host: string, env: Record<string, string | undefined>, port: number): Promise<Outcome> {
    const child = spawnStartScript(port, { host, env: { ...CLEAN_PERIMETER_ENV, ...env }, stdio: 'pipe' });
    started.push({ child, port });
    return outcome(child);
  }

  it.each([
    ['HOST=0.0.0.0, no NETATLAS_TOKEN', '0.0.0.0', {}],
    ['HOST=0.0.0.0, NETATLAS_TOKEN empty', '0.0.0.0', { NETATLAS_TOKEN: '' }],
    ['HOST=:: (every IPv6 interface), no token', '::', {}],
    ['HOST=[::] in URL brackets, no token', '[::]', {}],
  ])('%s: exits non-zero, names HOST and the fix, and nothing listens on its PORT', async (_what, host, env) => {
    const port = await freeHostPort();
    const { code, output } = await start(host, env, port);
    expect(code, `still running after ${EXIT_BOUND_MS / 1000} s; output: ${output}`).not.toBeNull();
    expect(code).not.toBe(0);
    const bare = host.replace(/^\[|\]$/g, '');
    expect(output).toContain(`refusing to listen on HOST=${bare}`);
    expect(output).toContain('HOST=127.0.0.1');
    expect(output).toContain('NETATLAS_TOKEN');
    expect(output).not.toMatch(/serving http|next build/);
    expect(listeningPid(port)).toBeNull();
    expect(await canConnect(port)).toBe(false);
  });

  it.each([
    ['31 characters on loopback', '127.0.0.1', 'x'.repeat(31)],
    ['one character on loopback', '127.0.0.1', '%'],
    ['31 characters on HOST=0.0.0.0', '0.0.0.0', 'y'.repeat(31)],
  ])('NETATLAS_TOKEN of %s: exits non-zero, says 32 and how to make one, and nothing listens', async (_what, host, token) => {
    const port = await freeHostPort();
    const { code, output } = await start(host, { NETATLAS_TOKEN: token }, port);
    expect(code, `still running after ${EXIT_BOUND_MS / 1000} s; output: ${output}`).not.toBeNull();
    expect(code).not.toBe(0);
    expect(output).toContain(`NETATLAS_TOKEN is too short (${token.length} character`);
    expect(output).toContain('it must have at least 32');
    expect(output).toContain('openssl rand -hex 32');
    expect(output).not.toContain(token); // the refusal names the length, never the value
    expect(output).not.toMatch(/serving http|next build/);
    expect(listeningPid(port)).toBeNull();
    expect(await canConnect(port)).toBe(false);
  });

  it('a bare `next start` (no start.mjs) with a 31-character NETATLAS_TOKEN stops too, saying why, before it answers anything', async () => {
    const port = await freeHostPort();
    const token = 'z'.repeat(31);
    const env: NodeJS.ProcessEnv = { ...process.env, ...Object.fromEntries(Object.entries(CLEAN_PERIMETER_ENV).filter(([, v]) => v !== undefined)), NETATLAS_TOKEN: token };
    delete env.NODE_OPTIONS;
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'next'), ['start', '-H', '127.0.0.1', '-p', String(port)], { cwd: ROOT, env, stdio: 'pipe' });
    started.push({ child, port });
    const { code, output } = await outcome(child);
    expect(code, `still running after ${EXIT_BOUND_MS / 1000} s; output: ${output}`).not.toBeNull();
    expect(code).not.toBe(0);
    expect(output).toContain('NETATLAS_TOKEN is too short (31 characters)');
    expect(output).toContain('openssl rand -hex 32');
    expect(output).not.toContain(token);
    expect(await canConnect(port)).toBe(false);
  });
});
