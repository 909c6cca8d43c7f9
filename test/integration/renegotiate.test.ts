/**
 * An engine upgraded under a running server: netatlas negotiated API 1.41 with Engine 20.10; the same
 * socket then answers as Engine 28.5 with Engine 29's floor (1.44), which refuses every 1.41 request. The
 * same client must negotiate again on that first refusal and read on, not stay broken; and back down
 * again when the old engine returns. Needs root, a second engine's tools and the current engine's
 * extracted package (scripts/test.sh exports NETATLAS_CURRENT_ENGINE_ROOT in its current-engine pass).
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineClient } from '@/lib/engine/engine-client';
import { parseDockerHost } from '@/lib/engine/docker-host';
import { readTopology } from '@/lib/engine/read-topology';
import { newRunId } from '../support/test-engine';
import { SecondEngine, secondEngineUnsupported } from '../support/second-engine';

const root = process.env.NETATLAS_CURRENT_ENGINE_ROOT;
const why = secondEngineUnsupported()
  ?? (!root ? 'NETATLAS_CURRENT_ENGINE_ROOT is not set (scripts/test.sh sets it in its current-engine pass)' : null)
  ?? (!fs.existsSync(`${root}/usr/sbin/dockerd`) ? `no dockerd in ${root}` : null);

describe.skipIf(Boolean(why))(`an engine upgraded under a running server${why ? ` (skipped: ${why})` : ''}`, () => {
  const h = new SecondEngine({ id: newRunId().slice(-8), pool: '10.202.0.0/16' });
  let client: EngineClient;
  const current = { root: root!, env: { DOCKER_MIN_API_VERSION: '1.44' }, data: 'data-current' };

  beforeAll(async () => {
    await SecondEngine.removeStale();
    await h.start();
    client = new EngineClient(parseDockerHost(h.host));
  });
  afterAll(() => h.destroy());

  it('speaks 1.41 to 20.10, then 1.51 to 28.5 after the first refusal, then 1.41 again', async () => {
    const before = await readTopology(client);
    expect(before.engine).toMatchObject({ apiVersion: '1.41', serverVersion: expect.stringMatching(/^20\.10\./) });

    // The upgrade: the same socket, no request in between, so the client still holds its 1.41 session.
    await h.stop();
    await h.start(current);
    const raw = await fetchVersion(h.socketPath, '1.41');
    expect(raw.status).toBe(400);
    expect(raw.body).toMatch(/client version 1\.41 is too old\. Minimum supported API version is 1\.44/);

    const after = await readTopology(client);
    expect(after.engine).toMatchObject({ apiVersion: '1.51', minApiVersion: '1.44', serverVersion: expect.stringMatching(/^28\./) });

    // And a downgrade: 1.51 is "too new" for 20.10; the client negotiates down again.
    await h.stop();
    await h.start();
    const back = await readTopology(client);
    expect(back.engine).toMatchObject({ apiVersion: '1.41', serverVersion: expect.stringMatching(/^20\.10\./) });
  });
});

/** `GET /v<version>/version` on a unix socket, without any client library's negotiation. */
async function fetchVersion(socketPath: string, version: string): Promise<{ status: number; body: string }> {
  const http = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = http.get({ socketPath, path: `/v${version}/version` }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}
