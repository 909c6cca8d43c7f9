import 'server-only';
import type { ActivityEntry } from '../topology/engine-change';
import { SSE_HEADERS, sseComment, sseEvent } from './sse';

/** Heartbeat interval: well under the 60 s idle timeout of common proxies. */
export const HEARTBEAT_MS = 15_000;

/** What the stream follows: the atlas of every engine (or one engine's watcher). */
export interface EventFeed {
  activity: { list(): ActivityEntry[] };
  subscribe(fn: (m: { type: string }) => void): () => void;
}

/**
 * A server-sent event stream of every engine: first `state` and the `activity` backlog, then every
 * `state`, `changes` and `resync` message as it happens, and a heartbeat comment. Ends (and
 * unsubscribes) when the browser goes away.
 */
export function streamEngineEvents(feed: EventFeed, signal: AbortSignal): Response {
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (chunk: Uint8Array) => {
        try { controller.enqueue(chunk); } catch { cleanup(); }
      };
      send(sseEvent('activity', feed.activity.list()));
      const unsubscribe = feed.subscribe((m) => send(sseEvent(m.type, m)));
      const heartbeat = setInterval(() => send(sseComment('heartbeat')), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        cleanup = () => {};
        try { controller.close(); } catch { /* already closed */ }
      };
      signal.addEventListener('abort', () => cleanup());
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
