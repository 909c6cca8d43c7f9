import { describe, expect, it } from 'vitest';
import { streamEngineEvents } from './stream-engine-events';

/** A feed whose messages the test pushes, counting subscriptions. */
function fakeFeed() {
  const listeners = new Set<(m: { type: string }) => void>();
  return {
    activity: { list: () => [] },
    subscribe(fn: (m: { type: string }) => void) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    push(m: { type: string; [k: string]: unknown }) { for (const fn of listeners) fn(m); },
    get subscribers() { return listeners.size; },
  };
}

describe('streamEngineEvents', () => {
  it('drops a reader that falls too far behind: unsubscribed, ended, the stream closed (its EventSource reconnects)', async () => {
    const feed = fakeFeed();
    let ended = 0;
    const res = streamEngineEvents(feed, new AbortController().signal, { onEnd: () => ended++, maxBacklogBytes: 10_000 });
    expect(feed.subscribers).toBe(1);
    // Nobody reads: 100 messages of ~1 kB pile up past the 10 kB backlog.
    for (let i = 0; i < 100; i++) feed.push({ type: 'changes', pad: 'x'.repeat(1000) });
    expect(feed.subscribers).toBe(0);
    expect(ended).toBe(1);
    // What was queued can still be read, then the stream ends.
    const text = await res.text();
    expect(text.startsWith('event: activity')).toBe(true);
    expect(text.length).toBeLessThan(12_000);
  });

  it('keeps a reader that keeps up, and ends once when the browser goes away', async () => {
    const feed = fakeFeed();
    const abort = new AbortController();
    let ended = 0;
    const res = streamEngineEvents(feed, abort.signal, { onEnd: () => ended++, maxBacklogBytes: 10_000 });
    const reader = res.body!.getReader();
    for (let i = 0; i < 100; i++) {
      feed.push({ type: 'changes', pad: 'x'.repeat(1000) });
      await reader.read();
    }
    expect(feed.subscribers).toBe(1);
    abort.abort();
    abort.abort();
    expect(ended).toBe(1);
    expect(feed.subscribers).toBe(0);
  });
});
