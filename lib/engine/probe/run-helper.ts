import { Writable } from 'node:stream';
import type Docker from 'dockerode';
import type { EngineSession } from '../engine-client';

export interface HelperRun {
  stdout: string;
  stderr: string;
  /** The script's exit status; null when it was stopped at the time limit. */
  exitCode: number | null;
  timedOut: boolean;
}

const sleep = (ms: number) => new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), Math.max(0, ms)).unref());

function sink(chunks: Buffer[]): Writable {
  return new Writable({ write(chunk, _enc, done) { chunks.push(Buffer.from(chunk)); done(); } });
}

function statusOf(err: unknown): number | undefined {
  return (err as { statusCode?: number })?.statusCode;
}

/**
 * Removes the helper and returns once it is gone. `AutoRemove` may already be removing it (409
 * "removal in progress") or be done (404); then this waits for the engine to finish.
 */
export async function removeHelper(session: EngineSession, id: string): Promise<void> {
  try {
    await session.docker.getContainer(id).remove({ force: true });
  } catch (err) {
    if (statusOf(err) === 404) return;
    if (statusOf(err) !== 409) throw err;
    await Promise.race([
      session.streaming.getContainer(id).wait({ condition: 'removed' }).catch(() => undefined),
      sleep(5_000),
    ]);
  }
}

/**
 * Runs one helper container to its end or to `timeLimitMs` (counted from before its creation,
 * whichever comes first): create, attach (before start, so no output is lost and no log is needed),
 * start, wait. At the limit it is killed. In every case it is removed before this returns.
 */
export async function runHelper(session: EngineSession, spec: Docker.ContainerCreateOptions, timeLimitMs: number): Promise<HelperRun> {
  const deadline = Date.now() + timeLimitMs;
  const abort = new AbortController();
  let id: string | undefined;
  try {
    id = (await session.docker.createContainer(spec)).id;
    const streaming = session.streaming.getContainer(id);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const stream = await streaming.attach({ stream: true, stdout: true, stderr: true, abortSignal: abort.signal } as Docker.ContainerAttachOptions);
    const ended = new Promise<void>((resolve) => { stream.on('end', resolve); stream.on('close', resolve); stream.on('error', () => resolve()); });
    session.docker.modem.demuxStream(stream, sink(stdout), sink(stderr));
    const exited = streaming.wait({ condition: 'next-exit', abortSignal: abort.signal }) as Promise<{ StatusCode?: number }>;
    exited.catch(() => undefined);
    const started = session.docker.getContainer(id).start();
    started.catch(() => undefined); // a late failure after the time limit is of no interest
    const outcome = await Promise.race([started.then(() => exited), sleep(deadline - Date.now())]);
    const timedOut = outcome === 'late';
    if (timedOut) await session.docker.getContainer(id).kill().catch(() => undefined);
    await Promise.race([ended, sleep(timedOut ? 1_000 : 2_000)]);
    return {
      stdout: Buffer.concat(stdout).toString('utf8'),
      stderr: Buffer.concat(stderr).toString('utf8'),
      exitCode: timedOut ? null : (outcome as { StatusCode?: number }).StatusCode ?? null,
      timedOut,
    };
  } finally {
    abort.abort();
    if (id) await removeHelper(session, id);
  }
}
