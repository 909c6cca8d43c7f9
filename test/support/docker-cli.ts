/**
 * The docker CLI, run the way a user runs it, for tests of what netatlas shows after a user's command.
 * Debian's client (/usr/bin/docker) talks to DOCKER_HOST, or to `-H` when given in the arguments.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DOCKER_CLI, withOwner } from './test-engine';

const execFileAsync = promisify(execFile);

/** `--label k=v` for every label of a test resource (with the owner label, as the API helpers add it). */
export function labelArgs(labels: Record<string, string>): string[] {
  return Object.entries(withOwner(labels)).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
}

/** Runs `docker <args>`; resolves with its trimmed stdout and the time (ms since the epoch) it was issued. */
export async function dockerCli(...args: string[]): Promise<{ out: string; issuedAt: number }> {
  const issuedAt = Date.now();
  const { stdout } = await execFileAsync(DOCKER_CLI, args, { timeout: 60_000 });
  return { out: stdout.trim(), issuedAt };
}
