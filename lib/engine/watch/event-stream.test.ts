import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { EngineChange } from '../../topology/engine-change';
import type { EngineClient } from '../engine-client';
import { EventStream } from './event-stream';

const ctr = 'c'.repeat(64);
const line = (action: string, id = ctr) =>
  JSON.stringify({ Type: 'container', Action: action, Actor: { ID: id, Attributes: { name: 'web' } }, timeNano: 1_700_000_000_000_000_000 }) + '\n';

async function open() {
  const stream = new PassThrough();
  const asked: unknown[] = [];
  const client = {
    call: (fn: (s: unknown) => Promise<unknown>) => fn({ streaming: { getEvents: async (o: unknown) => { asked.push(o); return stream; } } }),
  } as unknown as EngineClient;
  const changes: EngineChange[] = [];
  const events = await EventStream.open(client, (c) => changes.push(c));
  return { stream, events, changes, asked };
}

const drain = () => new Promise((r) => setImmediate(r));

describe('EventStream', () => {
  it('subscribes with the map filters and hands on each change as its line completes, skipping the rest', async () => {
    const { stream, changes, asked } = await open();
    expect(asked).toEqual([{ filters: { type: ['container', 'network', 'service', 'node'] } }]);
    const text = line('start') + '{not json\n' + line('exec_start: sh') + line('die');
    stream.write(text.slice(0, 30));
    await drain();
    expect(changes).toEqual([]);
    stream.write(text.slice(30));
    await drain();
    expect(changes.map((c) => c.action)).toEqual(['start', 'die']);
  });

  it('reports the end even when it came before anyone asked', async () => {
    const { stream, events } = await open();
    stream.end();
    stream.resume();
    await drain();
    await expect(events.ended()).resolves.toBeUndefined();
  });

  it('treats an error as the end (and does not throw it)', async () => {
    const { stream, events } = await open();
    stream.destroy(new Error('socket hang up'));
    await expect(events.ended()).resolves.toBeUndefined();
  });

  it('after close, nothing more is handed on', async () => {
    const { stream, events, changes } = await open();
    events.close();
    stream.write(line('start'));
    await drain();
    expect(changes).toEqual([]);
    await expect(events.ended()).resolves.toBeUndefined();
  });
});
