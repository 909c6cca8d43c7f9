import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { httpStatus } from './error-status';
import { MAX_BODY_BYTES, readJsonBody } from './read-json-body';
import { connectBody, pruneBody } from './schemas/endpoint-bodies';

const HOST = '127.0.0.1:3000';
function req(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request(`http://${HOST}/api/networks/x/connect`, {
    method: 'POST',
    headers: { Host: HOST, Origin: `http://${HOST}`, 'Content-Type': 'application/json', ...headers },
    body,
  });
}
async function refusal(r: Request, schema: Parameters<typeof readJsonBody>[1] = connectBody): Promise<[number, string, string]> {
  try {
    await readJsonBody(r, schema);
  } catch (err) {
    if (err instanceof AppError) return [httpStatus(err), err.code, err.message];
    throw err;
  }
  throw new Error('accepted');
}

describe('readJsonBody', () => {
  afterEach(() => { delete process.env.NETATLAS_READ_ONLY; });

  it('returns the validated body', async () => {
    expect(await readJsonBody(req('{"container":"api","aliases":["db"]}'), connectBody)).toEqual({ container: 'api', aliases: ['db'] });
    expect(await readJsonBody(req('{"container":"api"}', { 'Content-Type': 'application/json; charset=utf-8' }), connectBody)).toEqual({ container: 'api' });
    expect(await readJsonBody(req(null), pruneBody)).toBeUndefined();
  });

  it('refuses a foreign or missing Origin (403) and any other content type (415)', async () => {
    expect((await refusal(req('{}', { Origin: 'https://evil.example' })))[0]).toBe(403);
    const noOrigin = new Request(`http://${HOST}/x`, { method: 'POST', headers: { Host: HOST, 'Content-Type': 'application/json' }, body: '{}' });
    expect((await refusal(noOrigin))[0]).toBe(403);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/jsonx']) {
      expect((await refusal(req('{"container":"api"}', { 'Content-Type': type })))[1]).toBe('unsupported_media_type');
    }
  });

  it('caps the body (413), declared or not', async () => {
    const big = JSON.stringify({ container: 'a'.repeat(MAX_BODY_BYTES) });
    expect((await refusal(req(big)))[1]).toBe('payload_too_large');
    const stream = new ReadableStream({ start(c) { for (let i = 0; i < 64; i++) c.enqueue(new TextEncoder().encode(' '.repeat(1024))); c.close(); } });
    const chunked = new Request(`http://${HOST}/x`, { method: 'POST', headers: { Host: HOST, Origin: `http://${HOST}`, 'Content-Type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect((await refusal(chunked))[1]).toBe('payload_too_large');
  });

  it('says what is wrong: not JSON, or which field', async () => {
    expect(await refusal(req('{"container":'))).toEqual([400, 'bad_request', 'The request body is not valid JSON.']);
    expect((await refusal(req('{"container":"api","evil":1}')))[2]).toBe('Invalid request: unknown field: "evil".');
    expect((await refusal(req('{"container":"a/b"}')))[2]).toContain('container: must be a full 64-hex id or the exact container name');
    expect((await refusal(req('[]')))[2]).toContain('body:');
  });

  it('refuses everything in read-only mode, first', async () => {
    process.env.NETATLAS_READ_ONLY = '1';
    expect(await refusal(req('{"container":"api"}'))).toEqual([403, 'read_only', expect.stringContaining('read-only')]);
  });
});
