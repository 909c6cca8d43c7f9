import type { EngineChange } from '../../topology/engine-change';
import type { RawEvent } from '../../wire/raw-event';
import type { EngineClient } from '../engine-client';
import { LineBuffer } from '../line-buffer';
import { EVENT_FILTERS, toEngineChange } from '../to-engine-change';

type EngineStream = NodeJS.ReadableStream & { destroy?: () => void };

/**
 * One subscription to an engine's event stream (`GET /events`, newline-delimited JSON). Its data
 * handler only splits lines, parses and hands each change on: the engine drops a listener that stops
 * reading, so anything slow belongs to whoever receives the changes.
 */
export class EventStream {
  /** Settles once the stream ends, closes or fails: each means the engine no longer tells us anything. */
  private readonly end: Promise<void>;

  private constructor(private readonly stream: EngineStream) {
    // Listening from the start: an end (or an error) during the first full read must not be missed,
    // and an 'error' nobody listens to would throw.
    this.end = new Promise((resolve) => {
      const done = () => resolve();
      stream.once('end', done);
      stream.once('close', done);
      stream.once('error', done);
    });
  }

  /**
   * Subscribes to the changes that can alter the map. `onChange` gets each in the engine's order, as
   * soon as its line is complete; malformed lines are skipped (the watcher's reconciliation covers them).
   */
  static async open(client: EngineClient, onChange: (change: EngineChange) => void): Promise<EventStream> {
    const stream: EngineStream = await client.call(({ streaming }) => streaming.getEvents({ filters: EVENT_FILTERS }));
    const lines = new LineBuffer();
    stream.on('data', (chunk: Buffer | string) => {
      for (const line of lines.push(chunk.toString())) {
        try {
          const change = toEngineChange(JSON.parse(line) as RawEvent);
          if (change) onChange(change);
        } catch { /* a malformed line is skipped; the watcher's reconciliation covers it */ }
      }
    });
    return new EventStream(stream);
  }

  /** Resolves when the engine stops sending: end of stream, connection closed, or an error. */
  ended(): Promise<void> {
    return this.end;
  }

  /** Stops listening and releases the connection; nothing reaches `onChange` after this. */
  close(): void {
    this.stream.removeAllListeners('data');
    this.stream.destroy?.();
  }
}
