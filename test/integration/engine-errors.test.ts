/**
 * An engine that is not there, or a DOCKER_HOST that makes no sense: readTopology fails with an
 * AppError whose code the API maps to 503 and whose message names what was tried.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { parseDockerHost } from '@/lib/engine/docker-host';
import { EngineClient } from '@/lib/engine/engine-client';
import { readTopology } from '@/lib/engine/read-topology';

async function failure(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected a rejection');
}

describe('engine errors', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netatlas-engine-errors-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('no socket at the path: engine_unreachable naming the socket', async () => {
    const socket = '/tmp/netatlas-nonexistent.sock';
    const err = await failure(() => readTopology(new EngineClient(parseDockerHost(`unix://${socket}`))));
    expect(err.code).toBe('engine_unreachable');
    expect(err.message).toContain(socket);
    expect(err.hint).toBeTruthy();
  });

  it('malformed DOCKER_HOST: invalid_docker_host naming the value', async () => {
    const err = await failure(async () => parseDockerHost('foo://bar'));
    expect(err.code).toBe('invalid_docker_host');
    expect(err.message).toContain('foo://bar');
  });

  it('a path that is a regular file, not a socket: engine_unreachable naming the path', async () => {
    const file = path.join(dir, 'not-a-socket');
    fs.writeFileSync(file, '');
    const err = await failure(() => readTopology(new EngineClient(parseDockerHost(`unix://${file}`))));
    expect(err.code).toBe('engine_unreachable');
    expect(err.message).toContain(file);
  });

  it('a client that failed keeps failing the same way, and does not hang', async () => {
    const client = new EngineClient(parseDockerHost('unix:///tmp/netatlas-nonexistent.sock'), { timeoutMs: 2000 });
    const first = await failure(() => readTopology(client));
    const second = await failure(() => readTopology(client));
    expect([first.code, second.code]).toEqual(['engine_unreachable', 'engine_unreachable']);
  });
});
