/**
 * The event stream through the production server cannot be used to hold the server's sockets: past the
 * cap per client address (here NETATLAS_MAX_EVENT_STREAMS=64,2) the next GET /api/events is a 429 saying
 * so; a stream that ends frees its slot. (The total cap and the slow-reader drop: stream-slots.test.ts,
 * stream-engine-events.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rawRequest } from '../support/raw-http';
import { openSse } from '../support/sse-client';
import { expectRefused, useAppServer } from './support/perimeter';

describe('event stream caps through the production server', () => {
  const app = useAppServer({ port: 3247, env: { NETATLAS_MAX_EVENT_STREAMS: '64,2' } });
  const url = () => `${app().url}/api/events`;

  it('two streams per client; the third is 429 with the reason; closing one frees its slot', async () => {
    const first = await openSse(url());
    const second = await openSse(url());
    try {
      expect([first.status, second.status]).toEqual([200, 200]);
      const third = await rawRequest(app().port, { path: '/api/events', headers: { Accept: 'text/event-stream' } });
      expectRefused(third, 429, 'too_many_requests');
      expect(third.json.error.message).toMatch(/already has 2 event streams open \(at most 2\)/);
      first.close();
      await first.ended;
      await expect.poll(async () => {
        const again = await openSse(url());
        again.close();
        return again.status;
      }, { timeout: 5_000 }).toBe(200);
    } finally {
      first.close();
      second.close();
    }
  });
});
