import 'server-only';
import type { ActivityEntry } from '../topology/engine-change';
import { SSE_HEADERS, sseComment, sseEvent } from './sse';

/** Heartbeat interval: well under the 60 s idle timeout of common proxies. */
export const HEARTBEAT_MS = 15_000;

/**
 * How far a reader may fall behind (bytes queued for it and not yet taken) before it is dropped. A slow or
 * stalled reader would otherwise make the server hold every message for it; dropped, its browser's
 * EventSource reconnects on its own and reads the map again (the first message of a stream is the state).
 */
export const MAX_BACKLOG_BYTES = 1024 * 1024;
/** The stream's own buffer; what is queued beyond what the reader took counts towards the backlog. */
const HIGH_WATER_MARK = 64 * 1024;

/** What the stream follows: the atlas of every engine (or one engine's watcher). */
export interface EventFeed {
  activity: { list(): ActivityEntry[] };
  subscribe(fn: (m: { type: string }) => void): () => void;
}

/**
 * A server-sent event stream of every engine: first `state` and the `activity` backlog, then every
 * `state`, `changes` and `resync` message as it happens, and a heartbeat comment. Ends (and
 * unsubscribes, and calls `onEnd`) when the browser goes away or falls more than `maxBacklogBytes` behind.
 */
export function streamEngineEvents(feed: EventFeed, signal: AbortSignal, opts: { onEnd?: () => void; maxBacklogBytes?: number } = {}): Response {
  let cleanup = () => {};
  const limit = opts.maxBacklogBytes ?? MAX_BACKLOG_BYTES;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (chunk: Uint8Array) => {
        try { controller.enqueue(chunk); } catch { cleanup(); return; }
        if (HIGH_WATER_MARK - (controller.desiredSize ?? HIGH_WATER_MARK) > limit) cleanup();
      };
      send(sseEvent('activity', feed.activity.list()));
      const unsubscribe = feed.subscribe((m) => send(sseEvent(m.type, m)));
      const heartbeat = setInterval(() => send(sseComment('heartbeat')), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        opts.onEnd?.();
        cleanup = () => {};
        try { controller.close(); } catch { /* already closed */ }
      };
      signal.addEventListener('abort', () => cleanup());
    },
    cancel() {
      cleanup();
    },
  }, new ByteLengthQueuingStrategy({ highWaterMark: HIGH_WATER_MARK }));
  return new Response(stream, { headers: SSE_HEADERS });
}
