/**
 * A test-side reader of a server-sent event stream (GET /api/events) over plain fetch: every event
 * with its name and parsed JSON data lands in a {@link MessageLog}, comments (the heartbeat) are
 * counted apart. What a browser's EventSource would see, minus the reconnects.
 */
import { MessageLog } from './message-log';

export interface SseEvent {
  event: string;
  /** The `data:` lines joined and parsed as JSON (the raw text when it is not JSON). */
  data: any;
}

export interface SseStream {
  status: number;
  contentType: string | null;
  events: MessageLog<SseEvent>;
  comments: string[];
  /** Ends the request (the server unsubscribes). */
  close(): void;
  /** Resolves when the stream ended, from either side. */
  ended: Promise<void>;
}

function parseBlock(block: string): { event?: SseEvent; comment?: string } {
  let event = 'message';
  const data: string[] = [];
  let comment: string | undefined;
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith(':')) comment = line.slice(1).trim();
    else if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  if (data.length === 0) return { comment };
  const text = data.join('\n');
  try {
    return { event: { event, data: JSON.parse(text) } };
  } catch {
    return { event: { event, data: text } };
  }
}

/** Opens `url` as an event stream; resolves once the response headers are in. */
export async function openSse(url: string): Promise<SseStream> {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { Accept: 'text/event-stream' }, signal: abort.signal });
  const events = new MessageLog<SseEvent>();
  const comments: string[] = [];
  const read = async () => {
    if (!res.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        const blocks = buffer.split(/\r?\n\r?\n/);
        buffer = blocks.pop() ?? '';
        for (const block of blocks) {
          const { event, comment } = parseBlock(block);
          if (event) events.push(event);
          if (comment !== undefined) comments.push(comment);
        }
      }
    } catch {
      /* aborted by close(), or the server went away */
    }
  };
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    events,
    comments,
    close: () => abort.abort(),
    ended: read(),
  };
}
